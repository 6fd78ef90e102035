import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int sum = 0, n = 0;
        while (in.hasNextLine()) {
            String s = in.nextLine().toLowerCase();
            int v = 0;
            for (char ch : s.toCharArray()) {
                if (ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u') {
                    v++;
                }
            }
            System.out.println(v);
            sum += v;
            n++;
        }
        System.out.println("total " + sum + " in " + n + " lines");
    }
}
