import java.util.Scanner;

public class Main
{
    public static void main(String[] a)
    {
        int rows = 0;
        int grand = 0;
        int blank = 0;
        Scanner reader = new Scanner(System.in);
        while (reader.hasNextLine())
        {
            rows++;
            String text = reader.nextLine();
            if (text.isEmpty()) blank++;
            int found = 0;
            int k = 0;
            while (k < text.length())
            {
                if (vowelChar(text.charAt(k))) found++;
                k++;
            }
            grand += found;
            System.out.println(found);
        }
        System.out.println("total " + grand + " in " + rows + " lines");
    }

    // a, e, i, o, u in either case
    static boolean vowelChar(char letter)
    {
        switch (letter)
        {
            case 'a': case 'e': case 'i': case 'o': case 'u':
            case 'A': case 'E': case 'I': case 'O': case 'U':
                return true;
            default:
                return false;
        }
    }
}
