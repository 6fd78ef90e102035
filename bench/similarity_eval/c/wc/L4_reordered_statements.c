#include <ctype.h>
#include <stdio.h>

int main(void) {
    long lines = 0, words = 0, chars = 0;
    int longest = 0, current = 0;
    int in_word = 0;
    int c;
    while ((c = getchar()) != EOF) {
        if (isspace(c)) {
            in_word = 0;
        } else if (!in_word) {
            words++;
            in_word = 1;
        }
        if (c == '\n') {
            if (current > longest) {
                longest = current;
            }
            current = 0;
            lines++;
        } else {
            current++;
        }
        chars++;
    }
    if (current > longest) {
        longest = current;
    }
    printf("%ld %ld %ld\n", lines, words, chars);
    printf("longest line: %d\n", longest);
    return 0;
}
