#include <stdio.h>

long euclid(long u, long v) {
    if (v == 0)
        return u;
    return euclid(v, u % v);
}

int main(void) {
    long u, v;
    int seen = 0;
    while (scanf("%ld %ld", &u, &v) == 2) {
        long d = euclid(u, v);
        long m = d == 0 ? 0 : u / d * v;
        printf("gcd %ld lcm %ld\n", d, m);
        seen++;
    }
    printf("%d pairs\n", seen);
    return 0;
}
