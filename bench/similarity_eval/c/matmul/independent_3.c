#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int r1, c1;
    if (scanf("%d %d", &r1, &c1) != 2) {
        printf("bad input\n");
        return 1;
    }
    long *x = malloc(sizeof(long) * r1 * c1);
    for (int i = 0; i < r1 * c1; i++)
        scanf("%ld", x + i);
    int r2, c2;
    if (scanf("%d %d", &r2, &c2) != 2) {
        printf("bad input\n");
        return 1;
    }
    long *y = malloc(sizeof(long) * r2 * c2);
    for (int i = 0; i < r2 * c2; i++)
        scanf("%ld", y + i);
    if (c1 != r2) {
        printf("incompatible\n");
        return 0;
    }
    long *z = calloc(r1 * c2, sizeof(long));
    /* i-k-j order: walks both inputs row by row */
    for (int i = 0; i < r1; i++)
        for (int k = 0; k < c1; k++) {
            long xik = x[i * c1 + k];
            for (int j = 0; j < c2; j++)
                z[i * c2 + j] += xik * y[k * c2 + j];
        }
    for (int i = 0; i < r1 * c2; i++)
        printf("%ld%c", z[i], (i + 1) % c2 ? ' ' : '\n');
    if (r1 == c2) {
        long tr = 0;
        for (int i = 0; i < r1; i++)
            tr += z[i * c2 + i];
        printf("trace %ld\n", tr);
    }
    free(x);
    free(y);
    free(z);
    return 0;
}
