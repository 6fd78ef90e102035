/* wc: lines, words and characters of the input, and its longest line */
#include <ctype.h>
#include <stdio.h>

int main(void)
{
    long lines = 0, words = 0, chars = 0;
    int longest = 0, current = 0;   /* current: length of the line being read */
    int in_word = 0;
    int c;

    while ((c = getchar()) != EOF)
    {
        chars++;
        if (c == '\n')
        {
            lines++;
            if (current > longest) longest = current;
            current = 0;
        }
        else
            current++;

        /* a word starts at a non-space after a space */
        if (isspace(c))
            in_word = 0;
        else if (!in_word)
        {
            in_word = 1;
            words++;
        }
    }
    /* the last line may have no newline */
    if (current > longest) longest = current;
    printf("%ld %ld %ld\n", lines, words, chars);
    printf("longest line: %d\n", longest);
    return 0;
}
