import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        int lines = 0;
        int total = 0;
        Scanner sc = new Scanner(System.in);
        while (sc.hasNextLine()) {
            int count = 0;
            String line = sc.nextLine();
            for (int i = 0; i < line.length(); i++) {
                if (isVowel(line.charAt(i))) {
                    count++;
                }
            }
            System.out.println(count);
            total += count;
            lines++;
        }
        System.out.println("total " + total + " in " + lines + " lines");
    }

    static boolean isVowel(char c) {
        return "aeiouAEIOU".indexOf(c) >= 0;
    }
}
