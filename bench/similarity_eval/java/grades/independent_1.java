import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        Map<String, IntSummaryStatistics> stats = new TreeMap<>();
        while (in.hasNext()) {
            String who = in.next();
            if (!in.hasNextInt()) break;
            stats.computeIfAbsent(who, k -> new IntSummaryStatistics()).accept(in.nextInt());
        }
        List<Map.Entry<String, IntSummaryStatistics>> order = stats.entrySet().stream()
            .sorted(Comparator.comparingDouble((Map.Entry<String, IntSummaryStatistics> e) -> -e.getValue().getAverage())
                .thenComparing(Map.Entry::getKey))
            .collect(Collectors.toList());
        String bands = "FFFFFFDCBAA";
        long ok = 0;
        for (Map.Entry<String, IntSummaryStatistics> e : order) {
            double m = e.getValue().getAverage();
            char g = bands.charAt((int) Math.min(10, Math.floor(m / 10)));
            if (g != 'F') ok++;
            System.out.println(String.format("%s %.1f %c", e.getKey(), m, g));
        }
        System.out.println(ok + " of " + order.size() + " passed");
    }
}
