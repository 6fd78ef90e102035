import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;

public class Main {
    private static final class Tree {
        private Integer item;
        private Tree smaller, bigger;

        void put(int v) {
            if (item == null) { item = v; return; }
            if (v == item) return;
            if (v < item) {
                if (smaller == null) smaller = new Tree();
                smaller.put(v);
            } else {
                if (bigger == null) bigger = new Tree();
                bigger.put(v);
            }
        }

        int levels() {
            if (item == null) return 0;
            int a = smaller == null ? 0 : smaller.levels();
            int b = bigger == null ? 0 : bigger.levels();
            return (a > b ? a : b) + 1;
        }

        void collect(List<String> into) {
            if (item == null) return;
            if (smaller != null) smaller.collect(into);
            into.add(String.valueOf(item));
            if (bigger != null) bigger.collect(into);
        }
    }

    public static void main(String[] args) {
        Tree t = new Tree();
        int total = 0;
        try (Scanner s = new Scanner(System.in)) {
            while (s.hasNextInt()) { t.put(s.nextInt()); total++; }
        }
        List<String> items = new ArrayList<>();
        t.collect(items);
        System.out.println(String.join(" ", items));
        System.out.printf("read %d height %d%n", total, t.levels());
    }
}
