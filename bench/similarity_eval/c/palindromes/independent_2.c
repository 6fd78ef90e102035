#include <stdio.h>
#include <string.h>
#include <ctype.h>

typedef struct {
    char text[512];
    int len;
} Line;

int check(Line *ln)
{
    char letters[512];
    int k = 0;
    for (int i = 0; i < ln->len; i++) {
        unsigned char c = ln->text[i];
        if (isalpha(c) || isdigit(c)) letters[k++] = tolower(c);
    }
    for (int i = 0; i < k / 2; i++) {
        if (letters[i] != letters[k - 1 - i]) return 0;
    }
    return 1;
}

void flip(Line *ln)
{
    char *starts[256];
    int lens[256], m = 0, i = 0;
    while (i < ln->len) {
        if (isspace((unsigned char)ln->text[i])) { i++; continue; }
        starts[m] = ln->text + i;
        lens[m] = 0;
        while (i < ln->len && !isspace((unsigned char)ln->text[i])) { lens[m]++; i++; }
        m++;
    }
    while (m-- > 0) printf("%.*s%s", lens[m], starts[m], m ? " " : "");
    puts("");
}

int main()
{
    Line ln;
    int seen = 0, good = 0;
    while (fgets(ln.text, sizeof ln.text, stdin)) {
        ln.len = strlen(ln.text);
        seen++;
        if (check(&ln)) { good++; printf("palindrome: "); }
        flip(&ln);
    }
    printf("%d of %d lines are palindromes\n", good, seen);
    return 0;
}
