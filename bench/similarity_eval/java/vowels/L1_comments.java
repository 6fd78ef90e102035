import java.util.Scanner;

// Counts the vowels of every line, then of the whole input.
public class Main
{
    /* upper or lower case vowel */
    static boolean isVowel(char c) { return "aeiouAEIOU".indexOf(c) >= 0; }

    public static void main(String[] args)
    {
        Scanner sc = new Scanner(System.in);
        int total = 0;
        int lines = 0;
        while (sc.hasNextLine())
        {
            String line = sc.nextLine();
            int count = 0;   // vowels of this line
            for (int i = 0; i < line.length(); i++)
                if (isVowel(line.charAt(i))) count++;
            System.out.println(count);
            total += count;
            lines++;
        }
        System.out.println("total " + total + " in " + lines + " lines");
    }
}
