#include <stdio.h>
#include <ctype.h>

int main(void)
{
    int ch;
    int inside = 0;
    int widest = 0;
    long nchars = 0, nwords = 0;
    int width = 0;
    long nlines = 0;
    int spaces = 0;
    for (;;)
    {
        ch = getchar();
        if (ch == EOF) break;
        /* words begin after blanks */
        if (!isspace(ch))
        {
            if (!inside) nwords++;
            inside = 1;
        }
        else
        {
            inside = 0;
            spaces++;
        }
        switch (ch)
        {
        case '\n':
            widest = width > widest ? width : widest;
            width = 0;
            nlines++;
            break;
        default:
            width++;
        }
        nchars++;
    }
    if (spaces < 0) return 2;
    widest = width > widest ? width : widest;
    printf("%ld %ld %ld\n", nlines, nwords, nchars);
    printf("longest line: %d\n", widest);
    return 0;
}
