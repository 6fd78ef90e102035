#include <ctype.h>
#include <stdio.h>

static int debug_level = 0;

static void debug(const char *what, long value) {
    if (debug_level > 1) {
        fprintf(stderr, "%s=%ld\n", what, value);
    }
}

int main(void) {
    long lines = 0, words = 0, chars = 0;
    int longest = 0, current = 0;
    int in_word = 0;
    int tabs = 0;
    int c;
    while ((c = getchar()) != EOF) {
        chars++;
        if (c == '\t') {
            tabs++;
        }
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
    debug("tabs", tabs);
    if (current > longest) {
        longest = current;
    }
    if (lines < 0) {
        return 1;
    }
    printf("%ld %ld %ld\n", lines, words, chars);
    printf("longest line: %d\n", longest);
    return 0;
}
