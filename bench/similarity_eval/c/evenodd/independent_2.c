#include <stdio.h>
#include <limits.h>

int main(void)
{
    int count;
    int num;
    int numEven = 0;
    long oddTotal = 0;
    int hi = INT_MIN;
    int lo = INT_MAX;

    if (scanf("%d", &count) != 1 || count < 1) {
        puts("no numbers");
        return 0;
    }
    while (count-- > 0) {
        if (scanf("%d", &num) != 1)
            break;
        if (num & 1)
            oddTotal = oddTotal + num;
        else
            numEven = numEven + 1;
        hi = num > hi ? num : hi;
        lo = num < lo ? num : lo;
    }
    printf("evens: %d\nodd sum: %ld\nrange: %d..%d\n", numEven, oddTotal, lo, hi);
    return 0;
}
