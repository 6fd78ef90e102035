#include <stdio.h>

typedef struct {
    long lines;
    long words;
    long chars;
    int width;
    int best;
    int word;
} Counts;

static int blank(int ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\v' || ch == '\f'; }

static void feed(Counts *k, int ch) {
    k->chars += 1;
    if (blank(ch)) {
        k->word = 0;
    } else {
        if (k->word == 0)
            k->words += 1;
        k->word = 1;
    }
    if (ch != '\n') {
        k->width += 1;
        return;
    }
    k->lines += 1;
    k->best = k->width > k->best ? k->width : k->best;
    k->width = 0;
}

int main(void) {
    Counts k = {0, 0, 0, 0, 0, 0};
    int ch;
    for (ch = fgetc(stdin); ch != EOF; ch = fgetc(stdin))
        feed(&k, ch);
    k.best = k.width > k.best ? k.width : k.best;
    printf("%ld %ld %ld\nlongest line: %d\n", k.lines, k.words, k.chars, k.best);
    return 0;
}
