#include <stdio.h>

static long gcd(long m, long n) {
    while (m != n && m != 0 && n != 0) {
        if (m > n)
            m -= n;
        else
            n -= m;
    }
    return m == 0 ? n : m;
}

static long lcm(long m, long n) {
    long g = gcd(m, n);
    return g ? m / g * n : 0;
}

int main(void) {
    long m, n;
    int count;
    for (count = 0; scanf("%ld %ld", &m, &n) == 2; count++)
        printf("gcd %ld lcm %ld\n", gcd(m, n), lcm(m, n));
    printf("%d pairs\n", count);
    return 0;
}
