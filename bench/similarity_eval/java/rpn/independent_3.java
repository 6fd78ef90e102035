import java.util.Scanner;
import java.util.Stack;

public class Main {
    static class BadExpression extends Exception {}

    private final Stack<Long> operands = new Stack<>();

    private long pop() throws BadExpression {
        if (operands.isEmpty()) throw new BadExpression();
        return operands.pop();
    }

    private void token(String t) throws BadExpression {
        if (t.equals("+")) {
            operands.push(pop() + pop());
        } else if (t.equals("*")) {
            operands.push(pop() * pop());
        } else if (t.equals("-")) {
            long b = pop();
            operands.push(pop() - b);
        } else if (t.equals("/")) {
            long b = pop();
            if (b == 0) throw new BadExpression();
            operands.push(pop() / b);
        } else {
            try {
                operands.push(Long.parseLong(t));
            } catch (NumberFormatException e) {
                throw new BadExpression();
            }
        }
    }

    String line(String text) {
        operands.clear();
        try {
            for (String t : text.trim().split("\\s+")) token(t);
            if (operands.size() != 1) return null;
            return String.valueOf(operands.peek());
        } catch (BadExpression e) {
            return null;
        }
    }

    public static void main(String[] args) {
        Main calc = new Main();
        Scanner in = new Scanner(System.in);
        int errors = 0;
        while (in.hasNextLine()) {
            String text = in.nextLine();
            if (text.trim().isEmpty()) continue;
            String r = calc.line(text);
            if (r == null) {
                errors++;
                r = "error";
            }
            System.out.println(r);
        }
        System.out.println("failures: " + errors);
    }
}
