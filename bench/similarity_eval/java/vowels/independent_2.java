import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<String> lines = new BufferedReader(new InputStreamReader(System.in)).lines().toList();
        long total = 0;
        for (String line : lines) {
            long count = line.replaceAll("[^aeiouAEIOU]", "").length();
            System.out.println(count);
            total += count;
        }
        System.out.println("total " + total + " in " + lines.size() + " lines");
    }
}
