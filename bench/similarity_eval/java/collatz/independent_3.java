import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;

public class Main {
    record Result(long start, int length) {}

    static Result measure(long start) {
        long x = start;
        int count = 0;
        while (x > 1) {
            if (x % 2 == 1) {
                x = x * 3 + 1;
            } else {
                x /= 2;
            }
            count++;
        }
        return new Result(start, count);
    }

    public static void main(String[] args) {
        Scanner scanner = new Scanner(System.in);
        List<Result> results = new ArrayList<>();
        while (scanner.hasNextLong()) {
            long value = scanner.nextLong();
            if (value < 1) {
                System.out.println(value + ": invalid");
            } else {
                Result r = measure(value);
                results.add(r);
                System.out.println(r.start() + ": " + r.length());
            }
        }
        Result top = new Result(-1, -1);
        for (Result r : results) {
            if (r.length() > top.length()) top = r;
        }
        System.out.println("longest: " + top.start() + " (" + top.length() + ")");
    }
}
