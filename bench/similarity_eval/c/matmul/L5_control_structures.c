#include <stdio.h>
#include <stdlib.h>

typedef struct {
    int rows, cols;
    long *cells;
} Matrix;

static long *at(Matrix *m, int r, int c) { return &m->cells[r * m->cols + c]; }

static int read_matrix(Matrix *m) {
    if (scanf("%d %d", &m->rows, &m->cols) != 2 || m->rows <= 0 || m->cols <= 0)
        return 0;
    m->cells = calloc((size_t)m->rows * m->cols, sizeof(long));
    int r = 0;
    while (r < m->rows) {
        int c = 0;
        while (c < m->cols) {
            if (scanf("%ld", at(m, r, c)) != 1)
                return 0;
            c++;
        }
        r++;
    }
    return 1;
}

static Matrix multiply(Matrix *a, Matrix *b) {
    Matrix p = {a->rows, b->cols, calloc((size_t)a->rows * b->cols, sizeof(long))};
    for (int r = 0; r < a->rows; r++)
        for (int c = 0; c < b->cols; c++) {
            long sum = 0;
            int k = 0;
            while (k < a->cols) {
                sum += *at(a, r, k) * *at(b, k, c);
                k++;
            }
            *at(&p, r, c) = sum;
        }
    return p;
}

static void print_matrix(Matrix *m) {
    for (int r = 0; r < m->rows; r++) {
        for (int c = 0; c < m->cols; c++) {
            if (c == 0)
                printf("%ld", *at(m, r, c));
            else
                printf(" %ld", *at(m, r, c));
        }
        printf("\n");
    }
}

int main(void) {
    Matrix a, b;
    if (read_matrix(&a) && read_matrix(&b)) {
        if (a.cols == b.rows) {
            Matrix p = multiply(&a, &b);
            print_matrix(&p);
            if (p.rows == p.cols) {
                long trace = 0;
                int i = p.rows;
                while (i-- > 0)
                    trace += *at(&p, i, i);
                printf("trace %ld\n", trace);
            }
            free(a.cells);
            free(b.cells);
            free(p.cells);
            return 0;
        }
        printf("incompatible\n");
        return 0;
    }
    printf("bad input\n");
    return 1;
}
