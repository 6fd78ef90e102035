import java.util.Scanner;
import java.util.Set;

public class Main {
    private static final Set<Character> VOWELS = Set.of('a', 'e', 'i', 'o', 'u');

    private static int vowels(String text) {
        return (int) text.chars().filter(c -> VOWELS.contains(Character.toLowerCase((char) c))).count();
    }

    public static void main(String[] args) {
        Scanner scanner = new Scanner(System.in);
        int lineCount = 0;
        int all = 0;
        while (scanner.hasNextLine()) {
            int here = vowels(scanner.nextLine());
            all += here;
            lineCount++;
            System.out.println(here);
        }
        System.out.printf("total %d in %d lines%n", all, lineCount);
    }
}
