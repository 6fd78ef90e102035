#include <stdio.h>
#include <ctype.h>
#include <string.h>

static char lines_buf[512];

static int pal_rec(const char *s, int i, int j)
{
    while (i < j && !isalnum((unsigned char)s[i])) i++;
    while (i < j && !isalnum((unsigned char)s[j])) j--;
    if (i >= j) return 1;
    if (tolower((unsigned char)s[i]) != tolower((unsigned char)s[j])) return 0;
    return pal_rec(s, i + 1, j - 1);
}

static void print_reversed(char *s)
{
    char *space = strrchr(s, ' ');
    if (space == NULL) {
        printf("%s", s);
        return;
    }
    printf("%s ", space + 1);
    *space = '\0';
    print_reversed(s);
}

int main(void)
{
    int all = 0, yes = 0;
    while (fgets(lines_buf, sizeof(lines_buf), stdin)) {
        size_t L = strlen(lines_buf);
        while (L && (lines_buf[L - 1] == '\n' || lines_buf[L - 1] == ' ')) lines_buf[--L] = 0;
        all++;
        if (pal_rec(lines_buf, 0, (int)L - 1)) {
            yes++;
            printf("palindrome: ");
        }
        print_reversed(lines_buf);
        printf("\n");
    }
    printf("%d of %d lines are palindromes\n", yes, all);
    return 0;
}
