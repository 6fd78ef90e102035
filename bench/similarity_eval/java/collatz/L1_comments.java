import java.util.Scanner;

/** Collatz chains: the steps to reach 1 for every number read. */
public class Main
{
    // steps from n down to 1
    static int steps(long n)
    {
        if (n == 1) return 0;
        if (n % 2 == 0) return 1 + steps(n / 2);
        return 1 + steps(3 * n + 1);
    }

    public static void main(String[] args)
    {
        Scanner in = new Scanner(System.in);
        long best = -1;
        int bestSteps = -1;
        while (in.hasNextLong())
        {
            long n = in.nextLong();
            // chains start at 1 or above
            if (n < 1) { System.out.println(n + ": invalid"); continue; }
            int s = steps(n);
            System.out.println(n + ": " + s);
            if (s > bestSteps) { bestSteps = s; best = n; }
        }
        System.out.println("longest: " + best + " (" + bestSteps + ")");
    }
}
