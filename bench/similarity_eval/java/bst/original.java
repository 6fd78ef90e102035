import java.util.Scanner;

public class Main {
    static class Node {
        int value;
        Node left;
        Node right;

        Node(int value) {
            this.value = value;
        }
    }

    static Node insert(Node root, int value) {
        if (root == null) {
            return new Node(value);
        }
        if (value < root.value) {
            root.left = insert(root.left, value);
        } else if (value > root.value) {
            root.right = insert(root.right, value);
        }
        return root;
    }

    static int height(Node root) {
        if (root == null) {
            return 0;
        }
        return 1 + Math.max(height(root.left), height(root.right));
    }

    static void inorder(Node root, StringBuilder out) {
        if (root == null) {
            return;
        }
        inorder(root.left, out);
        out.append(root.value).append(' ');
        inorder(root.right, out);
    }

    public static void main(String[] args) {
        Scanner scanner = new Scanner(System.in);
        Node root = null;
        int count = 0;
        while (scanner.hasNextInt()) {
            root = insert(root, scanner.nextInt());
            count++;
        }
        StringBuilder out = new StringBuilder();
        inorder(root, out);
        System.out.println(out.toString().trim());
        System.out.println("read " + count + " height " + height(root));
    }
}
