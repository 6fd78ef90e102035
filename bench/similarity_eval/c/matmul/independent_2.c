#include <stdio.h>
#include <stdlib.h>

static long **alloc_rows(int rows, int cols) {
    long **m = malloc(rows * sizeof *m);
    for (int i = 0; i < rows; i++)
        m[i] = calloc(cols, sizeof **m);
    return m;
}

static void free_rows(long **m, int rows) {
    for (int i = 0; i < rows; i++)
        free(m[i]);
    free(m);
}

static long **load(int *rows, int *cols) {
    if (scanf("%d %d", rows, cols) != 2)
        return NULL;
    long **m = alloc_rows(*rows, *cols);
    for (int i = 0; i < *rows; i++)
        for (int j = 0; j < *cols; j++)
            scanf("%ld", &m[i][j]);
    return m;
}

static long dot(long **a, long **b, int row, int col, int len) {
    long s = 0;
    for (int t = 0; t < len; t++)
        s += a[row][t] * b[t][col];
    return s;
}

int main(void) {
    int ar, ac, br, bc;
    long **a = load(&ar, &ac);
    long **b = a ? load(&br, &bc) : NULL;
    if (!a || !b) {
        puts("bad input");
        return 1;
    }
    if (ac != br) {
        puts("incompatible");
        return 0;
    }
    long trace = 0;
    for (int i = 0; i < ar; i++) {
        for (int j = 0; j < bc; j++) {
            long v = dot(a, b, i, j, ac);
            if (i == j)
                trace += v;
            printf(j + 1 < bc ? "%ld " : "%ld\n", v);
        }
    }
    if (ar == bc)
        printf("trace %ld\n", trace);
    free_rows(a, ar);
    free_rows(b, br);
    return 0;
}
