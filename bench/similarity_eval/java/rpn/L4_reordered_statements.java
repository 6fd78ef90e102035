import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;
import java.util.Deque;

public class Main {
    static long apply(char op, long left, long right) {
        switch (op) {
            case '*':
                return left * right;
            case '/':
                if (right == 0) {
                    throw new ArithmeticException("division by zero");
                }
                return left / right;
            case '+':
                return left + right;
            case '-':
                return left - right;
            default:
                throw new IllegalArgumentException("unknown operator " + op);
        }
    }

    static long evaluate(String expression) {
        Deque<Long> stack = new ArrayDeque<>();
        for (String token : expression.trim().split("\\s+")) {
            if (token.length() != 1 || "+-*/".indexOf(token.charAt(0)) < 0) {
                stack.push(Long.parseLong(token));
            } else {
                if (stack.size() < 2) {
                    throw new IllegalArgumentException("stack underflow");
                }
                long right = stack.pop();
                long left = stack.pop();
                stack.push(apply(token.charAt(0), left, right));
            }
        }
        if (stack.size() != 1) {
            throw new IllegalArgumentException("leftover operands");
        }
        return stack.pop();
    }

    public static void main(String[] args) throws IOException {
        int failures = 0;
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            try {
                System.out.println(evaluate(line));
            } catch (RuntimeException e) {
                System.out.println("error");
                failures++;
            }
        }
        System.out.println("failures: " + failures);
    }
}
