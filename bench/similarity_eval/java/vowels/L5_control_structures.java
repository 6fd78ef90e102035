import java.util.Scanner;

public class Main {
    static boolean isVowel(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
            case 'A': case 'E': case 'I': case 'O': case 'U':
                return true;
            default:
                return false;
        }
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int total = 0;
        int lines = 0;
        while (sc.hasNextLine()) {
            String line = sc.nextLine();
            int count = 0;
            int i = 0;
            while (i < line.length()) {
                if (isVowel(line.charAt(i))) {
                    count++;
                }
                i++;
            }
            System.out.println(count);
            total += count;
            lines++;
        }
        System.out.println("total " + total + " in " + lines + " lines");
    }
}
