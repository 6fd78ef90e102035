#include <stdio.h>
#include <ctype.h>

int main(void) {
    int c;
    int in_word = 0;
    int longest = 0;
    long chars = 0;
    long words = 0;
    int current = 0;
    long lines = 0;
    while ((c = getchar()) != EOF) {
        chars++;
        if (c == '\n') {
            lines++;
            if (current > longest) {
                longest = current;
            }
            current = 0;
        } else {
            current++;
        }
        if (isspace(c)) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            words++;
        }
    }
    if (current > longest) {
        longest = current;
    }
    printf("%ld %ld %ld\n", lines, words, chars);
    printf("longest line: %d\n", longest);
    return 0;
}
