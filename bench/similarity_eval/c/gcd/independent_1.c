#include <stdio.h>

int main(void) {
    long x, y;
    int n = 0;
    while (scanf("%ld%ld", &x, &y) == 2) {
        long p = x, q = y;
        while (q != 0) {
            long r = p % q;
            p = q;
            q = r;
        }
        if (p == 0)
            printf("gcd 0 lcm 0\n");
        else
            printf("gcd %ld lcm %ld\n", p, x / p * y);
        n++;
    }
    printf("%d pairs\n", n);
    return 0;
}
