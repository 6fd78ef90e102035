#include <stdio.h>
#include <stdlib.h>

typedef struct {
    int height, width;
    long *data;
} Grid;

static long *cell(Grid *g, int i, int j) { return &g->data[i * g->width + j]; }

static int load_grid(Grid *g) {
    if (scanf("%d %d", &g->height, &g->width) != 2 || g->height <= 0 || g->width <= 0)
        return 0;
    g->data = calloc((size_t)g->height * g->width, sizeof(long));
    for (int i = 0; i < g->height; i++)
        for (int j = 0; j < g->width; j++)
            if (scanf("%ld", cell(g, i, j)) != 1)
                return 0;
    return 1;
}

static Grid product(Grid *x, Grid *y) {
    Grid out = {x->height, y->width, calloc((size_t)x->height * y->width, sizeof(long))};
    for (int i = 0; i < x->height; i++)
        for (int j = 0; j < y->width; j++) {
            long acc = 0;
            for (int t = 0; t < x->width; t++)
                acc += *cell(x, i, t) * *cell(y, t, j);
            *cell(&out, i, j) = acc;
        }
    return out;
}

static void dump(Grid *g) {
    for (int i = 0; i < g->height; i++) {
        for (int j = 0; j < g->width; j++)
            printf(j ? " %ld" : "%ld", *cell(g, i, j));
        printf("\n");
    }
}

int main(void) {
    Grid x, y;
    if (!load_grid(&x) || !load_grid(&y)) {
        printf("bad input\n");
        return 1;
    }
    if (x.width != y.height) {
        printf("incompatible\n");
        return 0;
    }
    Grid out = product(&x, &y);
    dump(&out);
    if (out.height == out.width) {
        long diag = 0;
        for (int d = 0; d < out.height; d++)
            diag += *cell(&out, d, d);
        printf("trace %ld\n", diag);
    }
    free(x.data);
    free(y.data);
    free(out.data);
    return 0;
}
