import java.util.Scanner;

public class Main {
    static int steps(long n) {
        if (n == 1) {
            return 0;
        }
        if (n % 2 != 0) {
            return 1 + steps(3 * n + 1);
        }
        return 1 + steps(n / 2);
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long best = -1;
        int bestSteps = -1;
        while (in.hasNextLong()) {
            long n = in.nextLong();
            if (n < 1) {
                System.out.println(n + ": invalid");
                continue;
            }
            int s = steps(n);
            if (s > bestSteps) {
                best = n;
                bestSteps = s;
            }
            System.out.println(n + ": " + s);
        }
        System.out.println("longest: " + best + " (" + bestSteps + ")");
    }
}
