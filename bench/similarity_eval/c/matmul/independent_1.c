#include <stdio.h>

#define MAX 50

long A[MAX][MAX], B[MAX][MAX], C[MAX][MAX];

int main(void) {
    int n, m, p, q, i, j, k;
    if (scanf("%d%d", &n, &m) != 2) {
        printf("bad input\n");
        return 1;
    }
    for (i = 0; i < n; i++)
        for (j = 0; j < m; j++)
            scanf("%ld", &A[i][j]);
    if (scanf("%d%d", &p, &q) != 2) {
        printf("bad input\n");
        return 1;
    }
    for (i = 0; i < p; i++)
        for (j = 0; j < q; j++)
            scanf("%ld", &B[i][j]);
    if (m != p) {
        printf("incompatible\n");
        return 0;
    }
    for (i = 0; i < n; i++)
        for (j = 0; j < q; j++) {
            C[i][j] = 0;
            for (k = 0; k < m; k++)
                C[i][j] += A[i][k] * B[k][j];
        }
    for (i = 0; i < n; i++) {
        for (j = 0; j < q; j++) {
            if (j > 0)
                putchar(' ');
            printf("%ld", C[i][j]);
        }
        putchar('\n');
    }
    if (n == q) {
        long t = 0;
        for (i = 0; i < n; i++)
            t += C[i][i];
        printf("trace %ld\n", t);
    }
    return 0;
}
