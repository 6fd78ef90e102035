#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int n = 0;
    scanf("%d", &n);
    if (n <= 0) { printf("no numbers\n"); return 0; }
    int *v = malloc(sizeof(int) * n);
    for (int k = 0; k < n; k++) scanf("%d", &v[k]);
    int e = 0, big = v[0], small = v[0];
    long s = 0;
    for (int k = 0; k < n; k++) {
        if (v[k] % 2) s += v[k]; else e++;
        if (v[k] > big) big = v[k];
        if (v[k] < small) small = v[k];
    }
    printf("evens: %d\n", e);
    printf("odd sum: %ld\n", s);
    printf("range: %d..%d\n", small, big);
    free(v);
    return 0;
}
