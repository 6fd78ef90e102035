import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;

public class Main {
    private final List<String> names = new ArrayList<>();
    private final List<int[]> totals = new ArrayList<>();

    private void add(String name, int score) {
        int at = names.indexOf(name);
        if (at < 0) {
            names.add(name);
            totals.add(new int[] {score, 1});
        } else {
            totals.get(at)[0] += score;
            totals.get(at)[1] += 1;
        }
    }

    private double avgAt(int i) {
        return totals.get(i)[0] * 1.0 / totals.get(i)[1];
    }

    private void report() {
        Integer[] idx = new Integer[names.size()];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        java.util.Arrays.sort(idx, (x, y) -> avgAt(x) != avgAt(y) ? Double.compare(avgAt(y), avgAt(x)) : names.get(x).compareTo(names.get(y)));
        int pass = 0;
        for (int i : idx) {
            double a = avgAt(i);
            char mark = a >= 90 ? 'A' : a >= 80 ? 'B' : a >= 70 ? 'C' : a >= 60 ? 'D' : 'F';
            pass += mark == 'F' ? 0 : 1;
            System.out.printf("%s %.1f %c%n", names.get(i), a, mark);
        }
        System.out.printf("%d of %d passed%n", pass, idx.length);
    }

    public static void main(String[] args) {
        Main book = new Main();
        Scanner sc = new Scanner(System.in);
        while (sc.hasNextLine()) {
            String[] f = sc.nextLine().trim().split(" +");
            if (f.length == 2) book.add(f[0], Integer.parseInt(f[1]));
        }
        book.report();
    }
}
