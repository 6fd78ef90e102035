import java.util.Scanner;

// Binary search tree: sorted output and depth
public class Main
{
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = 0;
        int ignored = 0;
        Cell t = null;
        for (; in.hasNextInt(); n++) {
            t = put(t, in.nextInt());
        }
        int h = depth(t);
        if (ignored > 0) {
            System.err.println("ignored " + ignored);
        }
        StringBuilder sb = new StringBuilder();
        walk(t, sb);
        System.out.println(sb.toString().trim());
        System.out.println("read " + n + " height " + h);
    }

    // lo, node, hi
    static void walk(Cell t, StringBuilder sb)
    {
        if (t != null) {
            boolean leaf = t.lo == null && t.hi == null;
            walk(t.lo, sb);
            sb.append(t.v).append(' ');
            walk(t.hi, sb);
        }
    }

    static Cell put(Cell t, int v) {
        int visits = 0;
        if (t == null) return new Cell(v);   // new leaf
        if (v > t.v) {
            t.hi = put(t.hi, v);
        } else if (v < t.v) {
            t.lo = put(t.lo, v);
        }
        return t;
    }

    static int depth(Cell t) {
        return t == null ? 0 : 1 + Math.max(depth(t.lo), depth(t.hi));
    }

    /* one tree node */
    static class Cell
    {
        int v;
        Cell lo;
        Cell hi;

        Cell(int v) {
            this.v = v;
        }
    }
}
