#include <stdlib.h>
#include <stdio.h>

/* matrices are kept as one array, row after row */
typedef struct
{
    long *data;
    int height, width;
} Grid;

static int verbose = 0;

static long *cell(Grid *g, int i, int j)
{
    return &g->data[i * g->width + j];
}

static void dump(Grid *g)
{
    for (int i = 0; i < g->height; i++)
    {
        for (int j = 0; j < g->width; j++)
        {
            if (j == 0) printf("%ld", *cell(g, i, j));
            else printf(" %ld", *cell(g, i, j));
        }
        printf("\n");
    }
}

static Grid product(Grid *x, Grid *y)
{
    Grid out = { calloc((size_t)x->height * y->width, sizeof(long)), x->height, y->width };
    for (int i = 0; i < x->height; i++)
        for (int j = 0; j < y->width; j++)
        {
            long acc = 0;
            int t = 0;
            while (t < x->width)
            {
                acc += *cell(x, i, t) * *cell(y, t, j);
                t++;
            }
            *cell(&out, i, j) = acc;
        }
    if (verbose) fprintf(stderr, "product done\n");
    return out;
}

static int load_grid(Grid *g)
{
    if (scanf("%d %d", &g->height, &g->width) != 2 || g->height <= 0 || g->width <= 0) return 0;
    g->data = calloc((size_t)g->height * g->width, sizeof(long));
    int i = 0;
    while (i < g->height)
    {
        int j = 0;
        while (j < g->width)
        {
            if (scanf("%ld", cell(g, i, j)) != 1) return 0;
            j++;
        }
        i++;
    }
    return 1;
}

int main(void)
{
    Grid y, x;
    if (load_grid(&x) && load_grid(&y))
    {
        if (x.width == y.height)
        {
            Grid out = product(&x, &y);
            free(x.data);
            free(y.data);
            dump(&out);
            if (out.height == out.width)
            {
                long diag = 0;
                int d = out.height;
                while (d-- > 0) diag += *cell(&out, d, d);
                printf("trace %ld\n", diag);
            }
            free(out.data);
            return 0;
        }
        printf("incompatible\n");
        return 0;
    }
    printf("bad input\n");
    return 1;
}
