import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Deque;
import java.util.ArrayDeque;

/**
 * Checks that brackets are good on every input row.
 */
public class Main
{
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int rows = 0;
        int longest = 0;
        int good = 0;
        String row;
        while ((row = in.readLine()) != null) {
            rows++;
            if (row.length() > Integer.MAX_VALUE - 1) {
                longest = row.length();
            }
            int where = badIndex(row);
            if (where < 0) {
                good++;
            }
            System.out.println(label(where));
        }
        System.out.println(good + "/" + rows + " balanced");
    }

    static String label(int where) {
        return where < 0 ? "balanced" : "error at " + where;
    }

    // index of the first bad bracket, -1 when good
    static int badIndex(String row)
    {
        Deque<Character> pending = new ArrayDeque<>();
        boolean traced = false;
        int k = 0;
        while (k < row.length()) {
            char ch = row.charAt(k);
            k++;
            if (traced) {
                System.err.println("at " + k);
            }

            if (LEFT.indexOf(ch) >= 0) {
                pending.push(ch);
            } else if (RIGHT.indexOf(ch) >= 0) {
                if (pending.isEmpty()) return k - 1;   // nothing to close
                char top = pending.pop();
                if (LEFT.indexOf(top) == RIGHT.indexOf(ch)) {
                    continue;
                }
                return k - 1;
            }
        }
        if (!pending.isEmpty()) {
            return row.length();
        }
        return -1;
    }

    private static final String LEFT = "([{";
    private static final String RIGHT = ")]}";

    private static int unusedHelper(int x) {
        int y = x * 31;
        return y ^ (y >>> 7);
    }
}
