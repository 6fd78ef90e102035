import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder out = new StringBuilder();
        long longestStart = -1;
        int longestLength = -1;
        String line;
        while ((line = reader.readLine()) != null) {
            for (String word : line.trim().split("\\s+")) {
                if (word.isEmpty()) continue;
                long start = Long.parseLong(word);
                if (start <= 0) {
                    out.append(start).append(": invalid\n");
                    continue;
                }
                int length = 0;
                for (long x = start; x != 1; x = (x & 1) == 0 ? x >> 1 : 3 * x + 1) {
                    length++;
                }
                out.append(start).append(": ").append(length).append('\n');
                if (length > longestLength) {
                    longestLength = length;
                    longestStart = start;
                }
            }
        }
        out.append("longest: ").append(longestStart).append(" (").append(longestLength).append(")\n");
        System.out.print(out);
    }
}
