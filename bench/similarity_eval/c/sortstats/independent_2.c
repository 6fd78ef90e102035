#include <stdio.h>

int data[1000];

void bubble(int n)
{
    int swapped = 1;
    while (swapped) {
        swapped = 0;
        for (int p = 0; p + 1 < n; ++p) {
            if (data[p] > data[p + 1]) {
                int t = data[p];
                data[p] = data[p + 1];
                data[p + 1] = t;
                swapped = 1;
            }
        }
    }
}

int main()
{
    int n = 0;
    double s = 0;
    while (n < 1000 && scanf("%d", data + n) == 1)
        s += data[n++];
    if (n == 0) {
        printf("empty\n");
        return 0;
    }
    bubble(n);
    for (int p = 0; p < n; ++p) {
        if (p > 0) printf(" ");
        printf("%d", data[p]);
    }
    printf("\n");
    printf("min %d max %d\n", data[0], data[n - 1]);
    double m;
    if (n % 2) m = data[n / 2];
    else m = (data[n / 2] + data[n / 2 - 1]) / 2.0;
    printf("mean %.2f median %.1f\n", s / n, m);
    return 0;
}
