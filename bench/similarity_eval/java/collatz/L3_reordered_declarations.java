import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        int bestSteps = -1;
        long best = -1;
        Scanner in = new Scanner(System.in);
        while (in.hasNextLong()) {
            long n = in.nextLong();
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
        System.out.println("longest: " + best + " (" + bestSteps + ")");
    }

    static int steps(long n) {
        if (n == 1) {
            return 0;
        }
        if (n % 2 == 0) {
            return 1 + steps(n / 2);
        }
        return 1 + steps(3 * n + 1);
    }
}
