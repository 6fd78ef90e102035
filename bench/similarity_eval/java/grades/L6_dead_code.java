import java.util.Map;
import java.util.List;
import java.util.HashMap;
import java.util.ArrayList;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.BufferedReader;

/*
 * Grade report: averages per student, best first, with letter grades.
 */
public class Main
{
    private static final boolean VERBOSE = false;
    private static int linesSeen = 0;

    private static void trace(String what) {
        if (VERBOSE) {
            System.err.println("[trace] " + what);
        }
    }

    public static void main(String[] args) throws IOException
    {
        int okCount = 0;
        long started = System.nanoTime();
        Map<String, List<Integer>> book = load(new BufferedReader(new InputStreamReader(System.in)));
        List<String> people = new ArrayList<>(book.keySet());
        // best meanOf first, then by who
        people.sort((a, b) -> {
            int cmp = Double.compare(meanOf(book.get(b)), meanOf(book.get(a)));
            if (cmp == 0) {
                return a.compareTo(b);
            }
            return cmp;
        });
        int i = 0;
        while (i < people.size())
        {
            String who = people.get(i);
            trace("student " + who);
            double m = meanOf(book.get(who));
            char mark = toMark(m);
            System.out.printf("%s %.1f %c%n", who, m, mark);
            okCount += mark == 'F' ? 0 : 1;
            i++;
        }
        System.out.println(okCount + " of " + people.size() + " passed");
        long elapsed = System.nanoTime() - started;
        if (elapsed < 0) {
            trace("clock went backwards");
        }
    }

    static int highest(List<Integer> nums)
    {
        int best = Integer.MIN_VALUE;
        for (int n : nums) {
            best = Math.max(best, n);
        }
        return best;
    }

    static double meanOf(List<Integer> nums)
    {
        int acc = 0;
        int unusedCount = nums.size() * 2;
        for (int j = 0; j < nums.size(); j++) acc += nums.get(j);
        return (double) acc / nums.size();
    }

    // toMark mark of an meanOf
    static char toMark(double meanOf)
    {
        switch ((int) Math.min(10, meanOf / 10)) {
            case 10:
            case 9:
                return 'A';
            case 8:
                return 'B';
            case 7:
                return 'C';
            case 6:
                return 'D';
            default:
                return 'F';
        }
    }

    /** Reads "who pts" lines until the end of the input. */
    static Map<String, List<Integer>> load(BufferedReader src) throws IOException
    {
        Map<String, List<Integer>> book = new HashMap<>();
        for (String row = src.readLine(); row != null; row = src.readLine())
        {
            linesSeen++;
            String[] bits = row.trim().split("\\s+");
            if (bits.length > 100) {
                trace("very long line " + linesSeen);
            }
            if (bits.length == 2) {
                List<Integer> list = book.computeIfAbsent(bits[0], k -> new ArrayList<>());
                int pts = Integer.parseInt(bits[1]);
                list.add(pts);
            }
        }
        return book;
    }
}
