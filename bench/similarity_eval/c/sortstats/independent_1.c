#include <stdio.h>
#include <stdlib.h>

int cmp(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int main() {
    int cap = 16, n = 0, v;
    int *a = malloc(cap * sizeof *a);
    long sum = 0;
    while (scanf("%d", &v) == 1) {
        if (n == cap) {
            cap *= 2;
            a = realloc(a, cap * sizeof *a);
        }
        a[n++] = v;
        sum += v;
    }
    if (!n) {
        puts("empty");
        free(a);
        return 0;
    }
    qsort(a, n, sizeof *a, cmp);
    for (int k = 0; k < n; k++)
        printf(k ? " %d" : "%d", a[k]);
    putchar('\n');
    double med = n & 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) * 0.5;
    printf("min %d max %d\n", a[0], a[n - 1]);
    printf("mean %.2f median %.1f\n", sum / (double)n, med);
    free(a);
    return 0;
}
