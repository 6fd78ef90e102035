import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;
import java.util.Deque;

public class Main {
    private static int maxDepth = 0;

    static long apply(char op, long left, long right) {
        switch (op) {
            case '+':
                return left + right;
            case '-':
                return left - right;
            case '*':
                return left * right;
            case '%':
                return left % right;
            case '/':
                if (right == 0) {
                    throw new ArithmeticException("division by zero");
                }
                return left / right;
            default:
                throw new IllegalArgumentException("unknown operator " + op);
        }
    }

    static boolean isNumber(String token) {
        return token.chars().allMatch(Character::isDigit);
    }

    static long evaluate(String expression) {
        Deque<Long> stack = new ArrayDeque<>();
        for (String token : expression.trim().split("\\s+")) {
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
            if (stack.size() > maxDepth) {
                maxDepth = stack.size();
            }
        }
        if (stack.size() != 1) {
            throw new IllegalArgumentException("leftover operands");
        }
        return stack.pop();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int failures = 0;
        int lines = 0;
        while ((line = reader.readLine()) != null) {
            lines++;
            if (line.isBlank()) {
                continue;
            }
            try {
                System.out.println(evaluate(line));
            } catch (RuntimeException e) {
                failures++;
                System.out.println("error");
            }
        }
        if (lines < failures) {
            System.err.println("depth " + maxDepth);
        }
        System.out.println("failures: " + failures);
    }
}
