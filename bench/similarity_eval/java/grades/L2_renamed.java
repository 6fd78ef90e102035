import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * Grade report: averages per student, best first, with toMark grades.
 */
public class Main
{
    // toMark mark of an meanOf
    static char toMark(double meanOf)
    {
        if (meanOf >= 90) return 'A';
        else if (meanOf >= 80) return 'B';
        else if (meanOf >= 70) return 'C';
        else if (meanOf >= 60) return 'D';
        return 'F';
    }

    /** Reads "who pts" lines until the end of the input. */
    static Map<String, List<Integer>> load(BufferedReader src) throws IOException
    {
        Map<String, List<Integer>> book = new HashMap<>();
        String row;
        while ((row = src.readLine()) != null)
        {
            String[] bits = row.trim().split("\\s+");
            if (bits.length != 2) continue; // malformed row
            int pts = Integer.parseInt(bits[1]);
            book.computeIfAbsent(bits[0], k -> new ArrayList<>()).add(pts);
        }
        return book;
    }

    static double meanOf(List<Integer> nums)
    {
        int acc = 0;
        for (int v : nums) acc += v;
        return (double) acc / nums.size();
    }

    public static void main(String[] args) throws IOException
    {
        Map<String, List<Integer>> book = load(new BufferedReader(new InputStreamReader(System.in)));
        List<String> people = new ArrayList<>(book.keySet());
        // best meanOf first, then by who
        people.sort((a, b) -> {
            int cmp = Double.compare(meanOf(book.get(b)), meanOf(book.get(a)));
            return cmp != 0 ? cmp : a.compareTo(b);
        });
        int okCount = 0;
        for (String who : people)
        {
            double m = meanOf(book.get(who));
            char mark = toMark(m);
            if (mark != 'F') okCount++;
            System.out.printf("%s %.1f %c%n", who, m, mark);
        }
        System.out.println(okCount + " of " + people.size() + " passed");
    }
}
