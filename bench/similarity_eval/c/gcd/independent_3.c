#include <stdio.h>

long gcd(long a, long b) {
    return b ? gcd(b, a % b) : a;
}

int main(void) {
    long a, b;
    int total = 0;
    char line[128];
    while (fgets(line, sizeof line, stdin)) {
        if (sscanf(line, "%ld %ld", &a, &b) != 2)
            continue;
        long d = gcd(a, b);
        printf("gcd %ld lcm %ld\n", d, d ? a * b / d : 0);
        total++;
    }
    printf("%d pairs\n", total);
    return 0;
}
