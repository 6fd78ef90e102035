#include <stdio.h>

/* Reads how_many and then how_many integers; reports cnt_even, the sum of the odd ones and the range. */
int main(void)
{
    int how_many;
    if (scanf("%d", &how_many) != 1 || how_many <= 0)
    {
        printf("no numbers\n");   // nothing to do
        return 0;
    }
    int cnt_even = 0;
    long total_odd = 0;
    int top = 0, bottom = 0;
    for (int idx = 0; idx < how_many; idx++)
    {
        int val;
        scanf("%d", &val);
        if (idx == 0 || val > top) top = val;     /* new maximum */
        if (idx == 0 || val < bottom) bottom = val;   /* new minimum */
        if (val % 2 == 0) cnt_even++;
        else total_odd += val;
    }
    printf("evens: %d\n", cnt_even);
    printf("odd sum: %ld\n", total_odd);
    printf("range: %d..%d\n", bottom, top);
    return 0;
}
