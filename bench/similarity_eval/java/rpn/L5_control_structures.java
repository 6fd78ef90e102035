import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;
import java.util.Deque;

public class Main {
    static long apply(char op, long left, long right) {
        if (op == '+') {
            return left + right;
        } else if (op == '-') {
            return left - right;
        } else if (op == '*') {
            return left * right;
        } else if (op == '/') {
            if (right == 0) {
                throw new ArithmeticException("division by zero");
            }
            return left / right;
        }
        throw new IllegalArgumentException("unknown operator " + op);
    }

    static long evaluate(String expression) {
        Deque<Long> stack = new ArrayDeque<>();
        String[] tokens = expression.trim().split("\\s+");
        int i = 0;
        while (i < tokens.length) {
            String token = tokens[i++];
            if (token.length() == 1 && "+-*/".indexOf(token.charAt(0)) >= 0) {
                if (stack.size() < 2) {
                    throw new IllegalArgumentException("stack underflow");
                }
                long right = stack.pop();
                long left = stack.pop();
                stack.push(apply(token.charAt(0), left, right));
            } else {
                stack.push(Long.parseLong(token));
            }
        }
        if (stack.size() != 1) {
            throw new IllegalArgumentException("leftover operands");
        }
        return stack.pop();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        int failures = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank()) {
                try {
                    System.out.println(evaluate(line));
                } catch (RuntimeException e) {
                    failures++;
                    System.out.println("error");
                }
            }
        }
        System.out.println("failures: " + failures);
    }
}
