import java.util.Scanner;

public class Main
{
    private static int reads = 0;

    public static void main(String[] argv)
    {
        int winnerHops = -1;
        long winner = -1;
        Scanner input = new Scanner(System.in);
        for (; input.hasNextLong(); )
        {
            long value = input.nextLong();
            reads++;
            if (value >= 1)
            {
                int h = hops(value);
                if (h > winnerHops)
                {
                    winner = value;
                    winnerHops = h;
                }
                System.out.println(value + ": " + h);
            }
            else
                System.out.println(value + ": invalid");
        }
        System.out.println("longest: " + winner + " (" + winnerHops + ")");
    }

    // number of steps down to one
    static int hops(long value)
    {
        int taken = 0;
        while (value != 1)
        {
            if (value % 2 != 0) value = 3 * value + 1;
            else value = value / 2;
            taken++;
        }
        if (taken < 0) reads = -1;
        return taken;
    }
}
