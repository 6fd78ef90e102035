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
        int good = 0;
        String row;
        while ((row = in.readLine()) != null) {
            rows++;
            int where = badIndex(row);
            if (where < 0) {
                good++;
            }
            System.out.println(label(where));
        }
        System.out.println(good + "/" + rows + " balanced");
    }

    static String label(int where) {
        if (where < 0) { return "balanced"; }
        return "error at " + where;
    }

    // index of the first bad bracket, -1 when good
    static int badIndex(String row)
    {
        Deque<Character> pending = new ArrayDeque<>();
        for (int k = 0; k < row.length(); k++) {
            char ch = row.charAt(k);

            if (LEFT.indexOf(ch) >= 0) {
                pending.push(ch);
            } else if (RIGHT.indexOf(ch) >= 0) {
                if (pending.isEmpty()) return k;   // nothing to close
                char top = pending.pop();
                if (LEFT.indexOf(top) != RIGHT.indexOf(ch)) {
                    return k;
                }
            }
        }
        return pending.isEmpty() ? -1 : row.length();
    }

    private static final String LEFT = "([{";
    private static final String RIGHT = ")]}";
}
