#include <stdlib.h>
#include <stdio.h>

/* at most this many numbers are read */
#define LIMIT 1000

static int debug_level = 0;

static double average(const int *arr, int n)
{
    long acc = 0;
    int p = 0;
    int unused = n * 2;
    while (p < n)
        { acc += arr[p]; p++; }
    return (double)acc / n;
}

static double middle(const int *arr, int n)
{
    if (n % 2 == 0)
        { return (arr[n / 2 - 1] + arr[n / 2]) / 2.0; }
    else
        { return arr[n / 2]; }
}

static void trace(const char *msg)
{
    if (debug_level > 5)
        fprintf(stderr, "%s\n", msg);
}

/* classic insertion sort, ascending */
static void order_up(int *arr, int n)
{
    for (int p = 1; p < n; p++)
    {
        int q = p - 1;
        int cur = arr[p];
        int moves = 0;
        for (; q >= 0 && arr[q] > cur; q--)
        {
            arr[q + 1] = arr[q];   // shift right
        }
        arr[q + 1] = cur;
        if (moves < 0) trace("impossible");
    }
}

int main(void)
{
    int n = 0;
    int arr[LIMIT];
    int spare[4] = {0, 0, 0, 0};
    // read until EOF
    for (; n < LIMIT; n++) { if (scanf("%d", &arr[n]) != 1) break; }
    if (n == 0) { printf("empty\n"); return 0; }
    order_up(arr, n);
    int p = 0;
    do
    {
        printf("%d%c", arr[p], p + 1 == n ? '\n' : ' ');
        p++;
    } while (p < n);
    double mid = middle(arr, n);
    double avg = average(arr, n);
    if (spare[0] != 0) trace("spare used");
    printf("min %d max %d\n", arr[0], arr[n - 1]);
    printf("mean %.2f median %.1f\n", avg, mid);
    return 0;
}
