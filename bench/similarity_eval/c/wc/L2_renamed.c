#include <ctype.h>
#include <stdio.h>

int main(void) {
    long nlines = 0, nwords = 0, nchars = 0;
    int widest = 0, width = 0;
    int inside = 0;
    int ch;
    while ((ch = getchar()) != EOF) {
        nchars++;
        if (ch == '\n') {
            nlines++;
            if (width > widest) {
                widest = width;
            }
            width = 0;
        } else {
            width++;
        }
        if (isspace(ch)) {
            inside = 0;
        } else if (!inside) {
            inside = 1;
            nwords++;
        }
    }
    if (width > widest) {
        widest = width;
    }
    printf("%ld %ld %ld\n", nlines, nwords, nchars);
    printf("longest line: %d\n", widest);
    return 0;
}
