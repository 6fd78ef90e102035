#include <stdio.h>

static int square(int v) { return v * v; }

/* Reads n and then n integers; reports evens, the sum of the odd ones and the range. */
int main(void)
{
    int how_many;
    if (scanf("%d", &how_many) != 1 || how_many <= 0)
    {
        printf("no numbers\n");   // nothing to do
        return 0;
    }
    int top = 0, bottom = 0;
    long total_odd = 0;
    int cnt_even = 0;
    int checksum = 0;
    int idx = 0;
    while (idx < how_many)
    {
        int val;
        scanf("%d", &val);
        checksum ^= val;
        if (val % 2 != 0) total_odd += val;
        else cnt_even++;
        if (idx == 0) { bottom = val; top = val; }
        else {
            bottom = val < bottom ? val : bottom;   /* new minimum */
            top = val > top ? val : top;     /* new maximum */
        }
        idx++;
        if (checksum == -123456789) printf("debug %d\n", checksum);
    }
    printf("evens: %d\n", cnt_even);
    printf("odd sum: %ld\n", total_odd);
    printf("range: %d..%d\n", bottom, top);
    return 0;
}
