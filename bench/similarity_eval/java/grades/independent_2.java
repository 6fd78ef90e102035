import java.io.*;
import java.util.*;

public class Main {
    static class Student implements Comparable<Student> {
        final String name;
        long sum;
        int count;

        Student(String name) { this.name = name; }

        double mean() { return count == 0 ? 0 : sum / (double) count; }

        String grade() {
            double m = mean();
            if (m < 60) return "F";
            if (m < 70) return "D";
            if (m < 80) return "C";
            if (m < 90) return "B";
            return "A";
        }

        @Override
        public int compareTo(Student o) {
            int c = Double.compare(o.mean(), mean());
            return c == 0 ? name.compareTo(o.name) : c;
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        LinkedHashMap<String, Student> all = new LinkedHashMap<>();
        for (String row; (row = br.readLine()) != null; ) {
            StringTokenizer st = new StringTokenizer(row);
            if (st.countTokens() < 2) continue;
            String n = st.nextToken();
            Student s = all.get(n);
            if (s == null) { s = new Student(n); all.put(n, s); }
            s.sum += Long.parseLong(st.nextToken());
            s.count++;
        }
        Student[] sorted = all.values().toArray(new Student[0]);
        Arrays.sort(sorted);
        int good = 0;
        StringBuilder out = new StringBuilder();
        for (Student s : sorted) {
            out.append(String.format("%s %.1f %s%n", s.name, s.mean(), s.grade()));
            if (!s.grade().equals("F")) good++;
        }
        out.append(good).append(" of ").append(sorted.length).append(" passed\n");
        System.out.print(out);
    }
}
