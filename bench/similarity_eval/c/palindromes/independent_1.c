#include <stdio.h>
#include <string.h>
#include <ctype.h>

int main(void)
{
    char buf[512], clean[512];
    int total = 0, pal = 0;
    while (fgets(buf, 512, stdin)) {
        int n = 0;
        for (char *c = buf; *c; c++)
            if (isalnum((unsigned char)*c)) clean[n++] = (char)tolower((unsigned char)*c);
        int ok = 1;
        for (int a = 0, b = n - 1; a < b; a++, b--)
            if (clean[a] != clean[b]) { ok = 0; break; }
        total++;
        if (ok) { pal++; fputs("palindrome: ", stdout); }
        int end = (int)strlen(buf);
        int first = 1;
        while (end > 0) {
            while (end > 0 && isspace((unsigned char)buf[end - 1])) end--;
            int start = end;
            while (start > 0 && !isspace((unsigned char)buf[start - 1])) start--;
            if (start < end) {
                if (!first) putchar(' ');
                fwrite(buf + start, 1, end - start, stdout);
                first = 0;
            }
            end = start;
        }
        putchar('\n');
    }
    printf("%d of %d lines are palindromes\n", pal, total);
    return 0;
}
