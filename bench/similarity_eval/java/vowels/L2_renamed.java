import java.util.Scanner;

public class Main {
    static boolean vowelChar(char letter) {
        return "aeiouAEIOU".indexOf(letter) >= 0;
    }

    public static void main(String[] a) {
        Scanner reader = new Scanner(System.in);
        int grand = 0;
        int rows = 0;
        while (reader.hasNextLine()) {
            String text = reader.nextLine();
            int found = 0;
            for (int k = 0; k < text.length(); k++) {
                if (vowelChar(text.charAt(k))) {
                    found++;
                }
            }
            System.out.println(found);
            grand += found;
            rows++;
        }
        System.out.println("total " + grand + " in " + rows + " lines");
    }
}
