#include <stdio.h>
#include <string.h>

#define BUF 4096

static int count_words(const char *s) {
    int n = 0;
    int prev_space = 1;
    for (; *s; s++) {
        int space = (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r');
        if (!space && prev_space)
            n++;
        prev_space = space;
    }
    return n;
}

int main(void) {
    char buf[BUF];
    long nl = 0, nw = 0, nc = 0;
    size_t max = 0;
    while (fgets(buf, sizeof buf, stdin) != NULL) {
        size_t len = strlen(buf);
        nc += (long)len;
        nw += count_words(buf);
        if (len > 0 && buf[len - 1] == '\n') {
            nl++;
            len--;
        }
        if (len > max)
            max = len;
    }
    printf("%ld %ld %ld\n", nl, nw, nc);
    printf("longest line: %zu\n", max);
    return 0;
}
