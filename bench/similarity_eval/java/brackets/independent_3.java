import java.io.BufferedReader;
import java.io.InputStreamReader;

public class Main {
    private int depth;
    private final StringBuilder pending = new StringBuilder();

    private boolean matches(char closer, char opener) {
        return (closer == ')' && opener == '(') || (closer == ']' && opener == '[') || (closer == '}' && opener == '{');
    }

    int scan(String s) {
        depth = 0;
        pending.setLength(0);
        for (int p = 0; p < s.length(); p++) {
            char x = s.charAt(p);
            if (x == '(' || x == '[' || x == '{') {
                pending.append(x);
                depth++;
            } else if (x == ')' || x == ']' || x == '}') {
                if (depth == 0 || !matches(x, pending.charAt(depth - 1))) {
                    return p;
                }
                pending.deleteCharAt(--depth);
            }
        }
        return depth == 0 ? -1 : s.length();
    }

    public static void main(String[] args) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
        Main checker = new Main();
        int count = 0, fine = 0;
        for (String s = r.readLine(); s != null; s = r.readLine()) {
            int where = checker.scan(s);
            count++;
            if (where == -1) {
                fine++;
                System.out.println("balanced");
            } else {
                System.out.println("error at " + where);
            }
        }
        System.out.println(fine + "/" + count + " balanced");
    }
}
