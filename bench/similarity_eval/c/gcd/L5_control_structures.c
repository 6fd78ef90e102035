#include <stdio.h>

long gcd(long a, long b) {
    while (b != 0) {
        long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

int main(void) {
    long a, b;
    int pairs;
    for (pairs = 0; scanf("%ld %ld", &a, &b) == 2; pairs++) {
        long g = gcd(a, b);
        long l;
        if (g == 0)
            l = 0;
        else
            l = a / g * b;
        printf("gcd %ld lcm %ld\n", g, l);
    }
    printf("%d pairs\n", pairs);
    return 0;
}
