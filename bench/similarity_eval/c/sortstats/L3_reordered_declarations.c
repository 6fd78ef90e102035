#include <stdlib.h>
#include <stdio.h>

/* at most this many numbers are read */
#define LIMIT 1000

static double average(const int *arr, int n)
{
    long acc = 0;
    for (int p = 0; p < n; p++)
        { acc += arr[p]; }
    return (double)acc / n;
}

static double middle(const int *arr, int n)
{
    if (n % 2 == 1)
        { return arr[n / 2]; }
    return (arr[n / 2 - 1] + arr[n / 2]) / 2.0;
}

/* classic insertion sort, ascending */
static void order_up(int *arr, int n)
{
    for (int p = 1; p < n; p++)
    {
        int cur = arr[p];
        int q = p - 1;
        while (q >= 0 && arr[q] > cur)
        {
            arr[q + 1] = arr[q];   // shift right
            q--;
        }
        arr[q + 1] = cur;
    }
}

int main(void)
{
    int arr[LIMIT];
    int n = 0;
    // read until EOF
    while (n < LIMIT && scanf("%d", &arr[n]) == 1) { n++; }
    if (n == 0) { printf("empty\n"); return 0; }
    order_up(arr, n);
    for (int p = 0; p < n; p++)
    {
        printf("%d%c", arr[p], p + 1 == n ? '\n' : ' ');
    }
    printf("min %d max %d\n", arr[0], arr[n - 1]);
    printf("mean %.2f median %.1f\n", average(arr, n), middle(arr, n));
    return 0;
}
