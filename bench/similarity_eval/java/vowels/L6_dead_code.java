import java.util.Scanner;

public class Main {
    static int checked = 0;

    static boolean isVowel(char c) {
        checked++;
        return "aeiouAEIOU".indexOf(c) >= 0;
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int total = 0;
        int lines = 0;
        int longest = 0;
        while (sc.hasNextLine()) {
            String line = sc.nextLine();
            int count = 0;
            if (line.length() > longest) {
                longest = line.length();
            }
            for (int i = 0; i < line.length(); i++) {
                if (isVowel(line.charAt(i))) {
                    count++;
                }
            }
            System.out.println(count);
            total += count;
            lines++;
        }
        if (checked < total) {
            System.out.println("?");
        }
        System.out.println("total " + total + " in " + lines + " lines");
    }
}
