import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        TreeMap<Integer, Integer> depthOf = new TreeMap<>();
        int n = 0, deepest = 0;
        while (sc.hasNextInt()) {
            int x = sc.nextInt();
            n++;
            if (depthOf.containsKey(x)) continue;
            Integer lo = depthOf.lowerKey(x), hi = depthOf.higherKey(x);
            int d = 1 + Math.max(lo == null ? 0 : depthOf.get(lo), hi == null ? 0 : depthOf.get(hi));
            depthOf.put(x, d);
            deepest = Math.max(deepest, d);
        }
        StringJoiner j = new StringJoiner(" ");
        for (int k : depthOf.keySet()) j.add(Integer.toString(k));
        System.out.println(j);
        System.out.println("read " + n + " height " + deepest);
    }
}
