import java.util.Scanner;

// Binary search tree: sorted output and depth
public class Main
{
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        Cell t = null;
        int n = 0;
        while (in.hasNextInt()) {
            t = put(t, in.nextInt());
            n++;
        }
        StringBuilder sb = new StringBuilder();
        walk(t, sb);
        System.out.println(sb.toString().trim());
        System.out.println("read " + n + " height " + depth(t));
    }

    // lo, node, hi
    static void walk(Cell t, StringBuilder sb)
    {
        if (t == null) {
            return;
        }
        walk(t.lo, sb);
        sb.append(t.v).append(' ');
        walk(t.hi, sb);
    }

    static Cell put(Cell t, int v) {
        if (t == null) return new Cell(v);   // new leaf
        if (v < t.v) {
            t.lo = put(t.lo, v);
        } else if (v > t.v) {
            t.hi = put(t.hi, v);
        }
        return t;
    }

    static int depth(Cell t) {
        if (t == null) {
            return 0;
        }
        return 1 + Math.max(depth(t.lo), depth(t.hi));
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
