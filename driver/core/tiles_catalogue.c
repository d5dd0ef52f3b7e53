/* RasterPCRS catalogues: the tiles of a PCRS GML, read with the core
 * reader (no second GML parser), and the envelope of their footprints. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pcrs/pcrs_reader.h"
#include "pcrs/pcrs_tiles.h"
#include "buffer.h"

/* ---- ISO WKB envelope ---- */

typedef struct wkb_cursor {
    const unsigned char *p, *end;
    double env[4];
    int any;
} wkb_cursor;

static int read_u32(wkb_cursor *c, int little, uint32_t *v)
{
    if (c->end - c->p < 4)
        return 0;
    const unsigned char *b = c->p;
    *v = little ? (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24
                : (uint32_t)b[3] | (uint32_t)b[2] << 8 | (uint32_t)b[1] << 16 | (uint32_t)b[0] << 24;
    c->p += 4;
    return 1;
}

static int read_f64(wkb_cursor *c, int little, double *v)
{
    if (c->end - c->p < 8)
        return 0;
    unsigned char b[8];
    for (int i = 0; i < 8; i++)
        b[i] = little ? c->p[i] : c->p[7 - i];
    uint64_t u = 0;
    for (int i = 7; i >= 0; i--)
        u = u << 8 | b[i];
    memcpy(v, &u, sizeof(*v));
    c->p += 8;
    return 1;
}

static int read_points(wkb_cursor *c, int little, uint32_t count, int dims)
{
    if ((size_t)(c->end - c->p) / (8u * (unsigned)dims) < count)
        return 0;
    for (uint32_t i = 0; i < count; i++) {
        double x, y, skip;
        if (!read_f64(c, little, &x) || !read_f64(c, little, &y))
            return 0;
        for (int d = 2; d < dims; d++)
            if (!read_f64(c, little, &skip))
                return 0;
        if (x != x || y != y)
            continue; /* empty point (NaN) */
        if (!c->any) {
            c->env[0] = c->env[2] = x;
            c->env[1] = c->env[3] = y;
            c->any = 1;
        } else {
            if (x < c->env[0]) c->env[0] = x;
            if (x > c->env[2]) c->env[2] = x;
            if (y < c->env[1]) c->env[1] = y;
            if (y > c->env[3]) c->env[3] = y;
        }
    }
    return 1;
}

static int walk(wkb_cursor *c, int depth)
{
    if (depth > 32 || c->p >= c->end)
        return 0;
    int little = *c->p++ == 1;
    uint32_t type;
    if (!read_u32(c, little, &type))
        return 0;
    int dims = 2;
    if (type & 0x80000000u) dims++; /* EWKB Z */
    if (type & 0x40000000u) dims++; /* EWKB M */
    type &= 0x0fffffffu;
    uint32_t iso = type / 1000;
    if (iso == 1 || iso == 2) dims++;
    else if (iso == 3) dims += 2;
    uint32_t base = type % 1000;
    uint32_t count, rings;
    switch (base) {
    case 1:
        return read_points(c, little, 1, dims);
    case 2:  /* LineString */
    case 8:  /* CircularString */
        return read_u32(c, little, &count) && read_points(c, little, count, dims);
    case 3:  /* Polygon */
    case 17: /* Triangle */
        if (!read_u32(c, little, &rings))
            return 0;
        for (uint32_t r = 0; r < rings; r++)
            if (!read_u32(c, little, &count) || !read_points(c, little, count, dims))
                return 0;
        return 1;
    case 4: case 5: case 6: case 7: case 9: case 10: case 11: case 12: case 15: case 16:
        if (!read_u32(c, little, &count))
            return 0;
        for (uint32_t k = 0; k < count; k++)
            if (!walk(c, depth + 1))
                return 0;
        return 1;
    default:
        return 0;
    }
}

int pcrs_wkb_envelope(const unsigned char *wkb, size_t size, double env[4])
{
    if (!wkb || size < 5)
        return 0;
    wkb_cursor c = {wkb, wkb + size, {0, 0, 0, 0}, 0};
    if (!walk(&c, 0) || !c.any)
        return 0;
    memcpy(env, c.env, sizeof(c.env));
    return 1;
}

/* ---- Catalogue ---- */

/* Text of a property with several values (masque links): joined by commas. */
static int joined_value(const pcrs_feature *f, int prop, pcrs_buffer *buf)
{
    int count = pcrs_feature_value_count(f, prop);
    pcrs_buffer_reset(buf);
    for (int i = 0; i < count; i++) {
        const char *v = pcrs_feature_value(f, prop, i);
        if ((i && pcrs_buffer_append(buf, ",", 1)) || pcrs_buffer_append(buf, v, strlen(v)))
            return -1;
    }
    return pcrs_buffer_append_u8(buf, 0) ? -1 : count;
}

pcrs_status pcrs_tile_set_read_catalogue(pcrs_tile_set *set, const char *path,
                                         const pcrs_io *io, pcrs_message_fn on_message,
                                         void *message_user,
                                         int (*crs_is_lat_long_order)(void *user, int epsg),
                                         void *crs_user, int *epsg, char *err, size_t err_size)
{
    if (epsg)
        *epsg = 0;
    if (err && err_size)
        err[0] = '\0';
    if (!set || !path)
        return PCRS_ERR_ARG;
    const int cls_index = pcrs_tile_raster_class();
    const pcrs_class *cls = pcrs_model_class(cls_index);
    if (!cls)
        return PCRS_ERR_UNSUPPORTED;

    pcrs_reader_options options;
    pcrs_reader_options_init(&options);
    options.io = io;
    options.on_message = on_message;
    options.message_user = message_user;
    options.crs_is_lat_long_order = crs_is_lat_long_order;
    options.crs_user = crs_user;
    pcrs_reader *reader = pcrs_reader_create(&options);
    if (!reader)
        return PCRS_ERR_NOMEM;
    pcrs_status status = pcrs_reader_open(reader, path);
    if (status != PCRS_OK) {
        if (err && err_size)
            snprintf(err, err_size, "%s", pcrs_reader_errmsg(reader));
        pcrs_reader_destroy(reader);
        return status;
    }
    if (epsg)
        *epsg = pcrs_reader_epsg(reader, cls_index);

    const int name_prop = pcrs_model_find_property(cls, "nomImage");
    const int res_prop = pcrs_model_find_property(cls, "resolution");
    pcrs_feature *feature = pcrs_feature_create();
    pcrs_buffer buf;
    pcrs_buffer_init(&buf);
    int64_t count = pcrs_reader_feature_count(reader, cls_index);
    for (int64_t i = 0; feature && status == PCRS_OK && i < count; i++) {
        status = pcrs_reader_read_feature(reader, cls_index, i, feature);
        if (status != PCRS_OK) {
            if (err && err_size)
                snprintf(err, err_size, "%s", pcrs_reader_errmsg(reader));
            break;
        }
        const char *name = pcrs_feature_value_count(feature, name_prop) > 0
                               ? pcrs_feature_value(feature, name_prop, 0)
                               : "";
        pcrs_tile *t = pcrs_tile_set_add(set, name);
        if (!t || pcrs_tile_set_gml_id(t, pcrs_feature_gml_id(feature)) != PCRS_OK) {
            status = PCRS_ERR_NOMEM;
            break;
        }
        t->origin = PCRS_TILE_FROM_CATALOGUE;
        t->line = pcrs_feature_line(feature);
        t->epsg = pcrs_feature_epsg(feature);
        for (int p = 0; p < cls->property_count && status == PCRS_OK; p++) {
            if (cls->properties[p].type == PCRS_VALUE_GEOMETRY)
                continue;
            int n = joined_value(feature, p, &buf);
            if (n < 0)
                status = PCRS_ERR_NOMEM;
            else if (n > 0)
                status = pcrs_tile_set_value(t, p, (const char *)buf.data);
        }
        size_t wkb_size = 0;
        const unsigned char *wkb = pcrs_feature_geometry(feature, &wkb_size);
        t->has_footprint = wkb && pcrs_wkb_envelope(wkb, wkb_size, t->env);
        const char *res = pcrs_tile_value(t, res_prop);
        if (res) {
            double cm = strtod(res, NULL);
            if (cm > 0)
                t->res_x = t->res_y = cm / 100.0;
        }
    }
    if (!feature)
        status = PCRS_ERR_NOMEM;
    pcrs_buffer_free(&buf);
    pcrs_feature_destroy(feature);
    pcrs_reader_destroy(reader);
    return status;
}
