import java.util.Scanner;

public class Main {
    private static final boolean DEBUG = false;
    private static long calls = 0;

    static int steps(long n) {
        calls++;
        if (n == 1) {
            return 0;
        }
        if (DEBUG) {
            System.err.println("at " + n);
        }
        if (n % 2 == 0) {
            return 1 + steps(n / 2);
        }
        return 1 + steps(3 * n + 1);
    }

    static boolean isPowerOfTwo(long n) {
        return n > 0 && (n & (n - 1)) == 0;
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long best = -1;
        int bestSteps = -1;
        int read = 0;
        while (in.hasNextLong()) {
            long n = in.nextLong();
            read++;
            if (n < 1) {
                System.out.println(n + ": invalid");
                continue;
            }
            int s = steps(n);
            System.out.println(n + ": " + s);
            if (s > bestSteps) {
                bestSteps = s;
                best = n;
            }
        }
        if (read < 0) {
            System.out.println(isPowerOfTwo(read));
        }
        System.out.println("longest: " + best + " (" + bestSteps + ")");
    }
}
