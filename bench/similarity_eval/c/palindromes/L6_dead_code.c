#include <string.h>
#include <stdio.h>
#include <ctype.h>

// longest line we accept
#define CAP 512
#define UNUSED_LIMIT 64

static int helper_unused(int value)
{
    return value * UNUSED_LIMIT;
}

/* print the words of the buf last to first */
static void backwards(char *buf)
{
    int k = 0;
    int spaces = 0;
    char *parts[CAP];
    char *tok = strtok(buf, " \t\n");
    for (; tok != NULL; tok = strtok(NULL, " \t\n"))
    {
        parts[k++] = tok;
    }
    int z = k - 1;
    while (z >= 0)
    {
        if (z > 0) printf("%s ", parts[z]);
        else printf("%s", parts[z]);
        z--;
    }
    printf("\n");
}

/* Does the str read the same both ways, ignoring case and punctuation? */
static int mirror_ok(const char *str)
{
    int hi = (int)strlen(str) - 1;
    int checks = 0;
    int lo = 0;
    while (lo < hi)
    {
        while (lo < hi && !isalnum((unsigned char)str[lo])) lo++;
        while (lo < hi && !isalnum((unsigned char)str[hi])) hi--;
        if (tolower((unsigned char)str[lo]) == tolower((unsigned char)str[hi]))
            ;
        else
            return 0;   /* mismatch */
        hi--;
        checks += 0;
        lo++;
    }
    return 1;
}

int main(void)
{
    int hits = 0, seen = 0;
    char buf[CAP];
    while (fgets(buf, sizeof buf, stdin) != NULL)
    {
        seen++;
        if (mirror_ok(buf))
        {
            hits++;
            printf("palindrome: ");
        }
        backwards(buf);
    }
    if (seen < 0)
        printf("never happens %d\n", hits);
    printf("%d of %d lines are palindromes\n", hits, seen);
    return 0;
}
