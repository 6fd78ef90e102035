import java.io.*;
import java.util.*;

public class Main {
    int[] key = new int[100000], lft = new int[100000], rgt = new int[100000];
    int size = 0;

    int add(int t, int k) {
        if (t == -1) {
            key[size] = k;
            lft[size] = rgt[size] = -1;
            return size++;
        }
        int cur = t;
        while (true) {
            if (k == key[cur]) return t;
            int[] side = k < key[cur] ? lft : rgt;
            if (side[cur] == -1) {
                key[size] = k;
                lft[size] = rgt[size] = -1;
                side[cur] = size++;
                return t;
            }
            cur = side[cur];
        }
    }

    int depth(int t) {
        return t == -1 ? 0 : 1 + Math.max(depth(lft[t]), depth(rgt[t]));
    }

    void walk(int t, List<Integer> acc) {
        Deque<Integer> st = new ArrayDeque<>();
        while (t != -1 || !st.isEmpty()) {
            while (t != -1) { st.push(t); t = lft[t]; }
            t = st.pop();
            acc.add(key[t]);
            t = rgt[t];
        }
    }

    public static void main(String[] a) throws IOException {
        Main tree = new Main();
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        int root = -1, read = 0;
        while (in.nextToken() != StreamTokenizer.TT_EOF) {
            root = tree.add(root, (int) in.nval);
            read++;
        }
        List<Integer> acc = new ArrayList<>();
        tree.walk(root, acc);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < acc.size(); i++) sb.append(i > 0 ? " " : "").append(acc.get(i));
        System.out.println(sb);
        System.out.println("read " + read + " height " + tree.depth(root));
    }
}
