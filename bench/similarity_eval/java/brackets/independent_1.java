import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int ok = 0, n = 0;
        while (in.hasNextLine()) {
            String s = in.nextLine();
            char[] st = new char[s.length()];
            int top = 0, bad = -1;
            for (int k = 0; k < s.length() && bad < 0; k++) {
                char ch = s.charAt(k);
                switch (ch) {
                    case '(': case '[': case '{':
                        st[top++] = ch;
                        break;
                    case ')':
                        if (top == 0 || st[--top] != '(') bad = k;
                        break;
                    case ']':
                        if (top == 0 || st[--top] != '[') bad = k;
                        break;
                    case '}':
                        if (top == 0 || st[--top] != '{') bad = k;
                        break;
                    default:
                        break;
                }
            }
            if (bad < 0 && top > 0) bad = s.length();
            n++;
            if (bad < 0) { ok++; System.out.println("balanced"); }
            else System.out.println("error at " + bad);
        }
        System.out.printf("%d/%d balanced%n", ok, n);
    }
}
