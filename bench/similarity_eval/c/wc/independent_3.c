#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    size_t cap = 1024, n = 0;
    char *text = malloc(cap);
    int ch;
    while ((ch = getchar()) != EOF) {
        if (n == cap) {
            cap *= 2;
            text = realloc(text, cap);
        }
        text[n++] = (char)ch;
    }
    long lines = 0, words = 0;
    int longest = 0, start = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isspace((unsigned char)text[i]) && (i == 0 || isspace((unsigned char)text[i - 1])))
            words++;
        if (text[i] == '\n') {
            lines++;
            if ((int)i - start > longest)
                longest = (int)i - start;
            start = (int)i + 1;
        }
    }
    if ((int)n - start > longest)
        longest = (int)n - start;
    printf("%ld %ld %ld\n", lines, words, (long)n);
    printf("longest line: %d\n", longest);
    free(text);
    return 0;
}
