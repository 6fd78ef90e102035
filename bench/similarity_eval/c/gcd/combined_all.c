#include <stdio.h>

long euclid(long u, long v);

int main(void)
{
    int seen;
    long v, u;
    long calls = 0;
    for (seen = 0; scanf("%ld %ld", &u, &v) == 2; seen++)
    {
        long m;
        long d = euclid(u, v);
        calls += 1;
        if (d == 0) m = 0;
        else m = u / d * v;
        printf("gcd %ld lcm %ld\n", d, m);
    }
    printf("%d pairs\n", seen);
    return 0;
}

/* remainder steps until nothing is left */
long euclid(long u, long v)
{
    while (v != 0)
    {
        long rest = u % v;
        u = v;
        v = rest;
    }
    return u;
}
