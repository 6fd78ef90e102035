import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongBinaryOperator;
import java.util.stream.Collectors;

public class Main {
    private static final Map<String, LongBinaryOperator> OPS = Map.of(
            "+", (a, b) -> a + b,
            "-", (a, b) -> a - b,
            "*", (a, b) -> a * b,
            "/", (a, b) -> a / b);

    private static Optional<Long> eval(List<String> tokens) {
        List<Long> stack = new ArrayList<>();
        for (String t : tokens) {
            LongBinaryOperator op = OPS.get(t);
            if (op == null) {
                if (!t.matches("-?\\d+")) return Optional.empty();
                stack.add(Long.valueOf(t));
                continue;
            }
            if (stack.size() < 2) return Optional.empty();
            long b = stack.remove(stack.size() - 1);
            long a = stack.remove(stack.size() - 1);
            if (t.equals("/") && b == 0) return Optional.empty();
            stack.add(op.applyAsLong(a, b));
        }
        return stack.size() == 1 ? Optional.of(stack.get(0)) : Optional.empty();
    }

    public static void main(String[] args) {
        List<String> lines = new BufferedReader(new InputStreamReader(System.in)).lines()
                .filter(l -> !l.isBlank()).collect(Collectors.toList());
        long failed = 0;
        for (String l : lines) {
            Optional<Long> r = eval(List.of(l.trim().split("\\s+")));
            if (r.isEmpty()) failed++;
            System.out.println(r.map(String::valueOf).orElse("error"));
        }
        System.out.println("failures: " + failed);
    }
}
