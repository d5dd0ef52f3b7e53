/* MapInfo raster .tab files: IGN ships them beside JPEG 2000 tiles, and
 * GDAL's JPEG 2000 drivers do not read them. Control points -> affine
 * geotransform (least squares), CoordSys -> EPSG for the French CRSs. */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pcrs/pcrs_tiles.h"
#include "tiles_internal.h"

/* Lambert conformal conic (MapInfo type 3) parameters of the legal French
 * CRSs: Lambert-93 and the nine conic conformal zones CC42..CC50. */
typedef struct lambert_def {
    int epsg;
    double lon0, lat0, lat1, lat2, false_easting, false_northing;
} lambert_def;

static const lambert_def lambert_defs[] = {
    {2154, 3, 46.5, 44, 49, 700000, 6600000},
    {3942, 3, 42, 41.25, 42.75, 1700000, 1200000},
    {3943, 3, 43, 42.25, 43.75, 1700000, 2200000},
    {3944, 3, 44, 43.25, 44.75, 1700000, 3200000},
    {3945, 3, 45, 44.25, 45.75, 1700000, 4200000},
    {3946, 3, 46, 45.25, 46.75, 1700000, 5200000},
    {3947, 3, 47, 46.25, 47.75, 1700000, 6200000},
    {3948, 3, 48, 47.25, 48.75, 1700000, 7200000},
    {3949, 3, 49, 48.25, 49.75, 1700000, 8200000},
    {3950, 3, 50, 49.25, 50.75, 1700000, 9200000},
};

static void set_err(char *err, size_t size, const char *fmt, ...)
{
    if (!err || size == 0)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, size, fmt, ap);
    va_end(ap);
}

static int near(double a, double b)
{
    return fabs(a - b) <= 1e-6 * (fabs(b) > 1 ? fabs(b) : 1);
}

int pcrs_tab_coordsys_epsg(const char *coordsys)
{
    if (!coordsys)
        return 0;
    const char *p = coordsys;
    while (isspace((unsigned char)*p))
        p++;
    if (pcrs_tiles_strncasecmp(p, "CoordSys", 8) == 0)
        p += 8;
    while (isspace((unsigned char)*p))
        p++;
    if (pcrs_tiles_strncasecmp(p, "Earth", 5) != 0)
        return 0;
    p += 5;
    while (isspace((unsigned char)*p))
        p++;
    if (pcrs_tiles_strncasecmp(p, "Projection", 10) != 0)
        return 0;
    p += 10;
    /* type, datum, units, then the projection parameters; units may be
     * quoted ("m") or a number (7 = metres). */
    double v[16];
    int count = 0;
    while (*p && count < 16) {
        while (*p == ',' || isspace((unsigned char)*p))
            p++;
        if (!*p)
            break;
        if (*p == '"') {
            const char *end = strchr(p + 1, '"');
            if (!end)
                return 0;
            v[count++] = (end - p - 1 == 1 && p[1] == 'm') ? 7 : -1;
            p = end + 1;
            continue;
        }
        char *end = NULL;
        double d = strtod(p, &end);
        if (end == p)
            break; /* "Bounds (...)" and anything else: stop */
        v[count++] = d;
        p = end;
    }
    if (count < 9)
        return 0;
    int type = (int)v[0] % 1000; /* +1000: affine, +2000: bounds */
    if (type != 3 || v[2] != 7)
        return 0;
    for (size_t i = 0; i < sizeof(lambert_defs) / sizeof(lambert_defs[0]); i++) {
        const lambert_def *d = &lambert_defs[i];
        int parallels = (near(v[5], d->lat1) && near(v[6], d->lat2)) ||
                        (near(v[5], d->lat2) && near(v[6], d->lat1));
        if (near(v[3], d->lon0) && near(v[4], d->lat0) && parallels &&
            near(v[7], d->false_easting) && near(v[8], d->false_northing))
            return d->epsg;
    }
    return 0;
}

/* Solves the 3x3 system m * x = b (Gaussian elimination, partial pivot). */
static int solve3(double m[3][3], double b[3], double x[3])
{
    double a[3][4];
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++)
            a[i][j] = m[i][j];
        a[i][3] = b[i];
    }
    for (int c = 0; c < 3; c++) {
        int pivot = c;
        for (int r = c + 1; r < 3; r++)
            if (fabs(a[r][c]) > fabs(a[pivot][c]))
                pivot = r;
        if (fabs(a[pivot][c]) < 1e-12)
            return 0;
        for (int j = 0; j < 4; j++) {
            double t = a[c][j];
            a[c][j] = a[pivot][j];
            a[pivot][j] = t;
        }
        for (int r = 0; r < 3; r++) {
            if (r == c)
                continue;
            double f = a[r][c] / a[c][c];
            for (int j = c; j < 4; j++)
                a[r][j] -= f * a[c][j];
        }
    }
    for (int i = 0; i < 3; i++)
        x[i] = a[i][3] / a[i][i];
    return 1;
}

#define MAX_POINTS 64

/* Reads "(a,b)" at *pp (spaces allowed). */
static int read_pair(const char **pp, double *a, double *b)
{
    const char *p = *pp;
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p != '(')
        return 0;
    char *end;
    *a = strtod(p + 1, &end);
    if (end == p + 1)
        return 0;
    p = end;
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p != ',')
        return 0;
    const char *q = p + 1;
    *b = strtod(q, &end);
    if (end == q)
        return 0;
    p = end;
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p != ')')
        return 0;
    *pp = p + 1;
    return 1;
}

pcrs_status pcrs_tab_parse(const char *text, size_t length, pcrs_tab_info *out, char *err,
                           size_t err_size)
{
    memset(out, 0, sizeof(*out));
    if (!text) {
        set_err(err, err_size, "no .tab text");
        return PCRS_ERR_ARG;
    }
    /* A NUL-terminated copy, so that line parsing can use string functions. */
    char *copy = malloc(length + 1);
    if (!copy)
        return PCRS_ERR_NOMEM;
    memcpy(copy, text, length);
    copy[length] = '\0';

    double geo[MAX_POINTS][2], pix[MAX_POINTS][2];
    int n = 0, line_no = 0, saw_table = 0;
    pcrs_status status = PCRS_OK;
    char *save = copy;
    while (save) {
        char *line = save;
        char *nl = strpbrk(line, "\r\n");
        if (nl) {
            int crlf = nl[0] == '\r' && nl[1] == '\n';
            *nl = '\0';
            save = nl + 1 + crlf;
        } else {
            save = NULL;
        }
        line_no++;
        const char *p = line;
        while (isspace((unsigned char)*p))
            p++;
        if (pcrs_tiles_strncasecmp(p, "!table", 6) == 0 ||
            pcrs_tiles_strncasecmp(p, "Definition Table", 16) == 0) {
            saw_table = 1;
        } else if (pcrs_tiles_strncasecmp(p, "File", 4) == 0 && isspace((unsigned char)p[4])) {
            const char *q = strchr(p, '"');
            const char *end = q ? strchr(q + 1, '"') : NULL;
            if (q && end)
                snprintf(out->file, sizeof(out->file), "%.*s", (int)(end - q - 1), q + 1);
        } else if (pcrs_tiles_strncasecmp(p, "CoordSys", 8) == 0) {
            snprintf(out->coordsys, sizeof(out->coordsys), "%s", p + 8 + (p[8] == ' '));
        } else if (*p == '(') {
            double gx, gy, px, py;
            const char *q = p;
            if (!read_pair(&q, &gx, &gy) || !read_pair(&q, &px, &py)) {
                set_err(err, err_size, "line %d: control point is not \"(x,y) (pixel,line)\"",
                        line_no);
                status = PCRS_ERR_DATA;
                break;
            }
            if (n < MAX_POINTS) {
                geo[n][0] = gx;
                geo[n][1] = gy;
                pix[n][0] = px;
                pix[n][1] = py;
                n++;
            }
        }
    }
    free(copy);
    if (status != PCRS_OK)
        return status;
    if (!saw_table) {
        set_err(err, err_size, "not a MapInfo table (no \"!table\" or \"Definition Table\")");
        return PCRS_ERR_DATA;
    }
    out->point_count = n;
    if (n < 3) {
        set_err(err, err_size, "%d control point(s): at least 3 are needed to georeference", n);
        return PCRS_ERR_DATA;
    }

    /* Least squares on centred pixel coordinates: X = a0 + a1*(px-mx) + a2*(py-my). */
    double mx = 0, my = 0;
    for (int i = 0; i < n; i++) {
        mx += pix[i][0];
        my += pix[i][1];
    }
    mx /= n;
    my /= n;
    double m[3][3] = {{0}}, bx[3] = {0}, by[3] = {0};
    for (int i = 0; i < n; i++) {
        double r[3] = {1, pix[i][0] - mx, pix[i][1] - my};
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++)
                m[a][b] += r[a] * r[b];
            bx[a] += r[a] * geo[i][0];
            by[a] += r[a] * geo[i][1];
        }
    }
    double m2[3][3];
    memcpy(m2, m, sizeof(m));
    double cx[3], cy[3];
    if (!solve3(m, bx, cx) || !solve3(m2, by, cy)) {
        set_err(err, err_size, "the %d control points lie on a line: no georeferencing", n);
        return PCRS_ERR_DATA;
    }
    out->gt[1] = cx[1];
    out->gt[2] = cx[2];
    out->gt[0] = cx[0] - cx[1] * mx - cx[2] * my;
    out->gt[4] = cy[1];
    out->gt[5] = cy[2];
    out->gt[3] = cy[0] - cy[1] * mx - cy[2] * my;
    for (int i = 0; i < n; i++) {
        double x = out->gt[0] + out->gt[1] * pix[i][0] + out->gt[2] * pix[i][1];
        double y = out->gt[3] + out->gt[4] * pix[i][0] + out->gt[5] * pix[i][1];
        double d = hypot(x - geo[i][0], y - geo[i][1]);
        if (d > out->max_residual)
            out->max_residual = d;
    }
    out->epsg = pcrs_tab_coordsys_epsg(out->coordsys);
    return PCRS_OK;
}
