import java.util.Scanner;

public class Main {
    static boolean isVowel(char c) {
        return "aeiouAEIOU".indexOf(c) >= 0;
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int total = 0;
        int lines = 0;
        while (sc.hasNextLine()) {
            lines++;
            String line = sc.nextLine();
            int count = 0;
            for (int i = 0; i < line.length(); i++) {
                if (isVowel(line.charAt(i))) {
                    count++;
                }
            }
            total += count;
            System.out.println(count);
        }
        System.out.println("total " + total + " in " + lines + " lines");
    }
}
