#include <stdio.h>

long gcd(long a, long b);

int main(void) {
    int pairs = 0;
    long b, a;
    while (scanf("%ld %ld", &a, &b) == 2) {
        long g = gcd(a, b);
        long l = g == 0 ? 0 : a / g * b;
        printf("gcd %ld lcm %ld\n", g, l);
        pairs++;
    }
    printf("%d pairs\n", pairs);
    return 0;
}

long gcd(long a, long b) {
    if (b == 0)
        return a;
    return gcd(b, a % b);
}
