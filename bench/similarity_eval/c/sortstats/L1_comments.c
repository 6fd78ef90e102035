#include <stdio.h>
#include <stdlib.h>

/* at most this many numbers are read */
#define MAX_VALUES 1000

/* classic insertion sort, ascending */
static void insertion_sort(int *values, int count)
{
    for (int i = 1; i < count; i++)
    {
        int key = values[i];
        int j = i - 1;
        while (j >= 0 && values[j] > key)
        {
            values[j + 1] = values[j];   // shift right
            j--;
        }
        values[j + 1] = key;
    }
}

static double median(const int *values, int count)
{
    if (count % 2 == 1)
        { return values[count / 2]; }
    return (values[count / 2 - 1] + values[count / 2]) / 2.0;
}

static double mean(const int *values, int count)
{
    long total = 0;
    for (int i = 0; i < count; i++)
        { total += values[i]; }
    return (double)total / count;
}

int main(void)
{
    int values[MAX_VALUES];
    int count = 0;
    // read until EOF
    while (count < MAX_VALUES && scanf("%d", &values[count]) == 1) { count++; }
    if (count == 0) { printf("empty\n"); return 0; }
    insertion_sort(values, count);
    for (int i = 0; i < count; i++)
    {
        printf("%d%c", values[i], i + 1 == count ? '\n' : ' ');
    }
    printf("min %d max %d\n", values[0], values[count - 1]);
    printf("mean %.2f median %.1f\n", mean(values, count), median(values, count));
    return 0;
}
