#include <ctype.h>
#include <stdio.h>

int main(void) {
    long lines = 0, words = 0, chars = 0;
    int longest = 0, current = 0;
    int in_word = 0;
    int c;
    for (;;) {
        c = getchar();
        if (c == EOF)
            break;
        chars++;
        switch (c) {
        case '\n':
            lines++;
            longest = current > longest ? current : longest;
            current = 0;
            break;
        default:
            current++;
        }
        if (!isspace(c)) {
            if (!in_word) {
                words++;
            }
            in_word = 1;
        } else {
            in_word = 0;
        }
    }
    longest = current > longest ? current : longest;
    printf("%ld %ld %ld\n", lines, words, chars);
    printf("longest line: %d\n", longest);
    return 0;
}
