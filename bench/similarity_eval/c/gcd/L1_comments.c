#include <stdio.h>

/* Euclid, recursively */
long gcd(long a, long b)
{
    if (b == 0) return a;
    return gcd(b, a % b);
}

int main(void)
{
    long a, b;
    int pairs = 0;  /* how many pairs were read */
    while (scanf("%ld %ld", &a, &b) == 2)
    {
        long g = gcd(a, b);
        long l = g == 0 ? 0 : a / g * b;   /* divide first: no overflow */
        printf("gcd %ld lcm %ld\n", g, l);
        pairs++;
    }
    printf("%d pairs\n", pairs);
    return 0;
}
