import java.util.HashMap;
import java.util.Map;
import java.util.Scanner;

public class Main {
    private final Map<Long, Integer> memo = new HashMap<>();

    int chain(long n) {
        if (n == 1) return 0;
        Integer known = memo.get(n);
        if (known != null) return known;
        long next = n % 2 == 0 ? n / 2 : 3 * n + 1;
        int result = chain(next) + 1;
        memo.put(n, result);
        return result;
    }

    void run(Scanner sc) {
        long arg = -1;
        int max = -1;
        while (sc.hasNext()) {
            long v = sc.nextLong();
            if (v >= 1) {
                int c = chain(v);
                System.out.printf("%d: %d%n", v, c);
                if (c > max) {
                    max = c;
                    arg = v;
                }
            } else {
                System.out.printf("%d: invalid%n", v);
            }
        }
        System.out.printf("longest: %d (%d)%n", arg, max);
    }

    public static void main(String[] args) {
        new Main().run(new Scanner(System.in));
    }
}
