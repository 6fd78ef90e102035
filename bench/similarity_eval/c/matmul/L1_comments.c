/*
 * Matrix product of two matrices read from stdin.
 */
#include <stdio.h>
#include <stdlib.h>

/* a matrix stored row by row */
typedef struct
{
    int rows, cols;
    long *cells;
} Matrix;

static long *at(Matrix *m, int r, int c)
{
    return &m->cells[r * m->cols + c];
}

/* rows, columns, then the cells; 0 on bad input */
static int read_matrix(Matrix *m)
{
    if (scanf("%d %d", &m->rows, &m->cols) != 2 || m->rows <= 0 || m->cols <= 0) return 0;
    m->cells = calloc((size_t)m->rows * m->cols, sizeof(long));
    for (int r = 0; r < m->rows; r++)
        for (int c = 0; c < m->cols; c++)
            if (scanf("%ld", at(m, r, c)) != 1) return 0;
    return 1;
}

static Matrix multiply(Matrix *a, Matrix *b)
{
    Matrix p = { a->rows, b->cols, calloc((size_t)a->rows * b->cols, sizeof(long)) };
    for (int r = 0; r < a->rows; r++)
        for (int c = 0; c < b->cols; c++)
        {
            long sum = 0;   /* row r of a times column c of b */
            for (int k = 0; k < a->cols; k++) sum += *at(a, r, k) * *at(b, k, c);
            *at(&p, r, c) = sum;
        }
    return p;
}

static void print_matrix(Matrix *m)
{
    for (int r = 0; r < m->rows; r++)
    {
        for (int c = 0; c < m->cols; c++) printf(c ? " %ld" : "%ld", *at(m, r, c));
        printf("\n");
    }
}

int main(void)
{
    Matrix a, b;
    if (!read_matrix(&a) || !read_matrix(&b)) { printf("bad input\n"); return 1; }
    if (a.cols != b.rows) { printf("incompatible\n"); return 0; }
    Matrix p = multiply(&a, &b);
    print_matrix(&p);
    /* the trace only exists for a square product */
    if (p.rows == p.cols)
    {
        long trace = 0;
        for (int i = 0; i < p.rows; i++) trace += *at(&p, i, i);
        printf("trace %ld\n", trace);
    }
    free(a.cells); free(b.cells); free(p.cells);
    return 0;
}
