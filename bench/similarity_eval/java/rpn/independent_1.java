import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int bad = 0;
        while (sc.hasNextLine()) {
            String[] parts = sc.nextLine().trim().split(" +");
            if (parts.length == 1 && parts[0].isEmpty()) continue;
            long[] st = new long[parts.length];
            int top = 0;
            boolean ok = true;
            for (String p : parts) {
                if (p.equals("+") || p.equals("-") || p.equals("*") || p.equals("/")) {
                    if (top < 2) { ok = false; break; }
                    long b = st[--top];
                    long a = st[--top];
                    if (p.equals("+")) st[top++] = a + b;
                    else if (p.equals("-")) st[top++] = a - b;
                    else if (p.equals("*")) st[top++] = a * b;
                    else if (b == 0) { ok = false; break; }
                    else st[top++] = a / b;
                } else {
                    try {
                        st[top++] = Long.parseLong(p);
                    } catch (NumberFormatException ex) {
                        ok = false;
                        break;
                    }
                }
            }
            if (ok && top == 1) {
                System.out.println(st[0]);
            } else {
                System.out.println("error");
                bad++;
            }
        }
        System.out.println("failures: " + bad);
    }
}
