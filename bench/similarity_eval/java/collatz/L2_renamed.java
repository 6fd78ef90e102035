import java.util.Scanner;

public class Main {
    static int hops(long value) {
        if (value == 1) {
            return 0;
        }
        if (value % 2 == 0) {
            return 1 + hops(value / 2);
        }
        return 1 + hops(3 * value + 1);
    }

    public static void main(String[] argv) {
        Scanner input = new Scanner(System.in);
        long winner = -1;
        int winnerHops = -1;
        while (input.hasNextLong()) {
            long value = input.nextLong();
            if (value < 1) {
                System.out.println(value + ": invalid");
                continue;
            }
            int h = hops(value);
            System.out.println(value + ": " + h);
            if (h > winnerHops) {
                winnerHops = h;
                winner = value;
            }
        }
        System.out.println("longest: " + winner + " (" + winnerHops + ")");
    }
}
