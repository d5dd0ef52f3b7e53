/* Grids of tiles aligned on multiples of the tile size. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pcrs/pcrs_tiles.h"

void pcrs_grid_footprint(const pcrs_grid *g, int64_t i, int64_t j, double env[4])
{
    env[0] = g->origin_x + (double)i * g->tile_w;
    env[1] = g->origin_y + (double)j * g->tile_h;
    env[2] = g->origin_x + (double)(i + 1) * g->tile_w;
    env[3] = g->origin_y + (double)(j + 1) * g->tile_h;
}

/* Index of the cell holding coordinate v, boundaries snapped within a
 * millionth of a cell so that rounding noise does not shift a tile. */
static int64_t cell_of(double v, double origin, double size)
{
    double f = (v - origin) / size;
    double r = floor(f + 0.5);
    if (fabs(f - r) < 1e-6)
        return (int64_t)r;
    return (int64_t)floor(f);
}

void pcrs_grid_index(const pcrs_grid *g, double x, double y, int64_t *i, int64_t *j)
{
    *i = cell_of(x, g->origin_x, g->tile_w);
    *j = cell_of(y, g->origin_y, g->tile_h);
}

int pcrs_grid_range(const pcrs_grid *g, const double env[4], int64_t *i0, int64_t *j0,
                    int64_t *i1, int64_t *j1)
{
    if (!(env[2] > env[0]) || !(env[3] > env[1]) || !(g->tile_w > 0) || !(g->tile_h > 0))
        return 0;
    *i0 = cell_of(env[0], g->origin_x, g->tile_w);
    *j0 = cell_of(env[1], g->origin_y, g->tile_h);
    /* The max edge belongs to the cell west/south of it. */
    *i1 = cell_of(env[2], g->origin_x, g->tile_w);
    *j1 = cell_of(env[3], g->origin_y, g->tile_h);
    double ex[4];
    pcrs_grid_footprint(g, *i1, *j1, ex);
    if (fabs(env[2] - ex[0]) < 1e-6 * g->tile_w)
        (*i1)--;
    if (fabs(env[3] - ex[1]) < 1e-6 * g->tile_h)
        (*j1)--;
    return *i1 >= *i0 && *j1 >= *j0;
}

static int compare_cells(const void *a, const void *b)
{
    const int64_t *ca = a, *cb = b;
    if (ca[1] != cb[1])
        return ca[1] < cb[1] ? -1 : 1;
    if (ca[0] != cb[0])
        return ca[0] < cb[0] ? -1 : 1;
    return 0;
}

typedef struct run {
    int64_t i0, i1, j0, j1; /* inclusive cell ranges */
} run;

size_t pcrs_grid_merge_cells(const pcrs_grid *g, const int64_t (*cells)[2], size_t n,
                             double (*rects)[4])
{
    if (n == 0)
        return 0;
    int64_t(*sorted)[2] = malloc(n * sizeof(*sorted));
    run *runs = malloc(n * sizeof(*runs));
    size_t *open = malloc(2 * n * sizeof(*open));
    if (!sorted || !runs || !open) {
        free(sorted);
        free(runs);
        free(open);
        return 0;
    }
    memcpy(sorted, cells, n * sizeof(*sorted));
    qsort(sorted, n, sizeof(*sorted), compare_cells);

    /* Horizontal runs row by row (rows ascending, runs by ascending i0).
     * A run with the same span as a run ending on the row just below
     * extends it northwards. open_prev/open_cur: runs ending on the
     * previous/current row, in ascending i0. */
    size_t *open_prev = open, *open_cur = open + n;
    size_t prev_count = 0, run_count = 0, k = 0;
    int64_t prev_row = 0;
    int have_prev = 0;
    while (k < n) {
        int64_t j = sorted[k][1];
        if (!have_prev || prev_row != j - 1)
            prev_count = 0;
        size_t cur_count = 0, p = 0;
        while (k < n && sorted[k][1] == j) {
            int64_t i0 = sorted[k][0], i1 = i0;
            k++;
            while (k < n && sorted[k][1] == j && sorted[k][0] <= i1 + 1) {
                if (sorted[k][0] > i1)
                    i1 = sorted[k][0];
                k++;
            }
            while (p < prev_count && runs[open_prev[p]].i0 < i0)
                p++;
            if (p < prev_count && runs[open_prev[p]].i0 == i0 && runs[open_prev[p]].i1 == i1) {
                runs[open_prev[p]].j1 = j;
                open_cur[cur_count++] = open_prev[p++];
            } else {
                runs[run_count] = (run){i0, i1, j, j};
                open_cur[cur_count++] = run_count++;
            }
        }
        size_t *swap = open_prev;
        open_prev = open_cur;
        open_cur = swap;
        prev_count = cur_count;
        prev_row = j;
        have_prev = 1;
    }
    for (size_t r = 0; r < run_count; r++) {
        double lo[4], hi[4];
        pcrs_grid_footprint(g, runs[r].i0, runs[r].j0, lo);
        pcrs_grid_footprint(g, runs[r].i1, runs[r].j1, hi);
        rects[r][0] = lo[0];
        rects[r][1] = lo[1];
        rects[r][2] = hi[2];
        rects[r][3] = hi[3];
    }
    free(sorted);
    free(runs);
    free(open);
    return run_count;
}
