import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;
import java.util.Deque;

public class Main {
    static long combine(char symbol, long a, long b) {
        switch (symbol) {
            case '+':
                return a + b;
            case '-':
                return a - b;
            case '*':
                return a * b;
            case '/':
                if (b == 0) {
                    throw new ArithmeticException("zero divisor");
                }
                return a / b;
            default:
                throw new IllegalArgumentException("bad symbol " + symbol);
        }
    }

    static long compute(String text) {
        Deque<Long> values = new ArrayDeque<>();
        for (String piece : text.trim().split("\\s+")) {
            if (piece.length() == 1 && "+-*/".indexOf(piece.charAt(0)) >= 0) {
                if (values.size() < 2) {
                    throw new IllegalArgumentException("too few values");
                }
                long b = values.pop();
                long a = values.pop();
                values.push(combine(piece.charAt(0), a, b));
            } else {
                values.push(Long.parseLong(piece));
            }
        }
        if (values.size() != 1) {
            throw new IllegalArgumentException("too many values");
        }
        return values.pop();
    }

    public static void main(String[] params) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String row;
        int errs = 0;
        while ((row = br.readLine()) != null) {
            if (row.isBlank()) {
                continue;
            }
            try {
                System.out.println(compute(row));
            } catch (RuntimeException ex) {
                errs++;
                System.out.println("error");
            }
        }
        System.out.println("failures: " + errs);
    }
}
