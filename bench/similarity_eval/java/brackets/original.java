import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;
import java.util.Deque;

public class Main {
    private static final String OPENERS = "([{";
    private static final String CLOSERS = ")]}";

    static int firstError(String line) {
        Deque<Character> stack = new ArrayDeque<>();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                stack.push(c);
            } else if (CLOSERS.indexOf(c) >= 0) {
                if (stack.isEmpty()) {
                    return i;
                }
                char open = stack.pop();
                if (OPENERS.indexOf(open) != CLOSERS.indexOf(c)) {
                    return i;
                }
            }
        }
        return stack.isEmpty() ? -1 : line.length();
    }

    static String describe(int position) {
        if (position < 0) {
            return "balanced";
        }
        return "error at " + position;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int balanced = 0;
        int total = 0;
        while ((line = reader.readLine()) != null) {
            int position = firstError(line);
            if (position < 0) {
                balanced++;
            }
            total++;
            System.out.println(describe(position));
        }
        System.out.println(balanced + "/" + total + " balanced");
    }
}
