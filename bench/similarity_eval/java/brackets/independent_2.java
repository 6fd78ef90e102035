import java.io.*;
import java.util.*;

public class Main {
    static final Map<Character, Character> PAIRS = Map.of(')', '(', ']', '[', '}', '{');

    record Verdict(boolean ok, int at) {
        @Override
        public String toString() {
            return ok ? "balanced" : "error at " + at;
        }
    }

    static Verdict check(String text) {
        LinkedList<Character> open = new LinkedList<>();
        int idx = 0;
        for (char c : text.toCharArray()) {
            if (PAIRS.containsValue(c)) {
                open.addLast(c);
            } else if (PAIRS.containsKey(c)) {
                if (open.isEmpty() || open.removeLast() != PAIRS.get(c)) {
                    return new Verdict(false, idx);
                }
            }
            idx++;
        }
        return open.isEmpty() ? new Verdict(true, -1) : new Verdict(false, text.length());
    }

    public static void main(String[] args) throws IOException {
        List<Verdict> all = new ArrayList<>();
        try (BufferedReader br = new BufferedReader(new InputStreamReader(System.in))) {
            br.lines().map(Main::check).forEach(all::add);
        }
        all.forEach(System.out::println);
        long good = all.stream().filter(Verdict::ok).count();
        System.out.println(good + "/" + all.size() + " balanced");
    }
}
