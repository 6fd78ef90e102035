#include <stdio.h>

static int depth = 0;

long gcd(long a, long b) {
    depth++;
    if (b == 0)
        return a;
    if (a < 0 && b < 0)
        return -gcd(-a, -b);
    return gcd(b, a % b);
}

int main(void) {
    long a, b;
    int pairs = 0;
    long biggest = 0;
    while (scanf("%ld %ld", &a, &b) == 2) {
        long g = gcd(a, b);
        long l = g == 0 ? 0 : a / g * b;
        if (g > biggest)
            biggest = g;
        printf("gcd %ld lcm %ld\n", g, l);
        pairs++;
    }
    printf("%d pairs\n", pairs);
    return 0;
}
