import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * Grade report: averages per student, best first, with letter grades.
 */
public class Main
{
    // letter grade of an average
    static char letter(double average)
    {
        if (average >= 90) return 'A';
        else if (average >= 80) return 'B';
        else if (average >= 70) return 'C';
        else if (average >= 60) return 'D';
        return 'F';
    }

    /** Reads "name score" lines until the end of the input. */
    static Map<String, List<Integer>> read(BufferedReader reader) throws IOException
    {
        Map<String, List<Integer>> scores = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null)
        {
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 2) continue; // malformed line
            int score = Integer.parseInt(parts[1]);
            scores.computeIfAbsent(parts[0], key -> new ArrayList<>()).add(score);
        }
        return scores;
    }

    static double average(List<Integer> values)
    {
        int total = 0;
        for (int value : values) total += value;
        return (double) total / values.size();
    }

    public static void main(String[] args) throws IOException
    {
        Map<String, List<Integer>> scores = read(new BufferedReader(new InputStreamReader(System.in)));
        List<String> names = new ArrayList<>(scores.keySet());
        // best average first, then by name
        names.sort((a, b) -> {
            int byAverage = Double.compare(average(scores.get(b)), average(scores.get(a)));
            return byAverage != 0 ? byAverage : a.compareTo(b);
        });
        int passed = 0;
        for (String name : names)
        {
            double avg = average(scores.get(name));
            char grade = letter(avg);
            if (grade != 'F') passed++;
            System.out.printf("%s %.1f %c%n", name, avg, grade);
        }
        System.out.println(passed + " of " + names.size() + " passed");
    }
}
