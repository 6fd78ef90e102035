import java.util.Scanner;

public class Main {
    static int steps(long n) {
        int count = 0;
        while (n != 1) {
            if (n % 2 == 0) {
                n = n / 2;
            } else {
                n = 3 * n + 1;
            }
            count++;
        }
        return count;
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long best = -1;
        int bestSteps = -1;
        for (; in.hasNextLong(); ) {
            long n = in.nextLong();
            if (n >= 1) {
                int s = steps(n);
                System.out.println(n + ": " + s);
                if (s > bestSteps) {
                    bestSteps = s;
                    best = n;
                }
            } else {
                System.out.println(n + ": invalid");
            }
        }
        System.out.println("longest: " + best + " (" + bestSteps + ")");
    }
}
