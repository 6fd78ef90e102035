#include <stdio.h>

/* Reads n and then n integers; reports evens, the sum of the odd ones and the range. */
int main(void)
{
    int n;
    if (scanf("%d", &n) != 1 || n <= 0)
    {
        printf("no numbers\n");   // nothing to do
        return 0;
    }
    int evens = 0;
    long odd_sum = 0;
    int largest = 0, smallest = 0;
    for (int i = 0; i < n; i++)
    {
        int x;
        scanf("%d", &x);
        if (i == 0 || x > largest) largest = x;     /* new maximum */
        if (i == 0 || x < smallest) smallest = x;   /* new minimum */
        if (x % 2 == 0) evens++;
        else odd_sum += x;
    }
    printf("evens: %d\n", evens);
    printf("odd sum: %ld\n", odd_sum);
    printf("range: %d..%d\n", smallest, largest);
    return 0;
}
