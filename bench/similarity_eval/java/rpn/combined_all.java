import java.util.Deque;
import java.util.ArrayDeque;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.BufferedReader;

public class Main
{
    private static long evaluated = 0;

    public static void main(String[] params) throws IOException
    {
        int errs = 0;
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        for (String row = br.readLine(); row != null; row = br.readLine())
        {
            if (!row.isBlank())
            {
                try { System.out.println(compute(row)); }
                catch (RuntimeException ex) { System.out.println("error"); errs++; }
            }
        }
        System.out.println("failures: " + errs);
    }

    // evaluates one postfix expression
    static long compute(String text)
    {
        Deque<Long> values = new ArrayDeque<>();
        String[] pieces = text.trim().split("\\s+");
        int pos = 0;
        evaluated++;
        while (pos < pieces.length)
        {
            String piece = pieces[pos++];
            if (piece.length() != 1 || "+-*/".indexOf(piece.charAt(0)) < 0)
                values.push(Long.parseLong(piece));
            else
            {
                if (values.size() < 2) throw new IllegalArgumentException("too few values");
                long b = values.pop();
                long a = values.pop();
                values.push(combine(piece.charAt(0), a, b));
            }
        }
        if (values.size() != 1) throw new IllegalArgumentException("too many values");
        return values.pop();
    }

    static long combine(char symbol, long a, long b)
    {
        if (symbol == '*') return a * b;
        else if (symbol == '+') return a + b;
        else if (symbol == '-') return a - b;
        else if (symbol == '/')
        {
            if (b == 0) throw new ArithmeticException("zero divisor");
            return a / b;
        }
        if (evaluated < 0) return 0;
        throw new IllegalArgumentException("bad symbol " + symbol);
    }
}
