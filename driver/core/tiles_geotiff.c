/* The EPSG code of a GeoTIFF tile from its GeoKeyDirectory: a few reads of
 * the first IFD, instead of a full CRS parse (a PROJ database look-up per
 * tile, the main cost of opening a tile lazily). */
#include <stdlib.h>

#include "pcrs/pcrs_tiles.h"

/* GeoTIFF keys (GeoTIFF 1.1, §7.1) that may come with an EPSG-coded CRS
 * without changing it; any other key (a vertical CRS makes GDAL report a
 * compound CRS) means "ask the full parser". */
enum {
    KEY_MODEL_TYPE = 1024,
    KEY_RASTER_TYPE = 1025,
    KEY_CITATION = 1026,
    KEY_GEOGRAPHIC_TYPE = 2048,
    KEY_GEOG_CITATION = 2049,
    KEY_GEOG_ANGULAR_UNITS = 2054,
    KEY_PROJECTED_CS_TYPE = 3072,
    KEY_PCS_CITATION = 3073,
    KEY_PROJ_LINEAR_UNITS = 3076
};
enum { MODEL_PROJECTED = 1, MODEL_GEOGRAPHIC = 2, USER_DEFINED = 32767, UNIT_METRE = 9001 };
enum { TAG_GEO_KEY_DIRECTORY = 34735, TYPE_SHORT = 3 };
enum { MAX_IFD_ENTRIES = 4096, MAX_GEO_KEY_SHORTS = 4096 };

typedef struct tiff_file {
    pcrs_read_at_fn read_at;
    void *user;
    int little;
} tiff_file;

/* An unsigned number of `bytes` (2, 4 or 8) in the file's byte order. */
static uint64_t decode(const tiff_file *f, const unsigned char *at, int bytes)
{
    uint64_t value = 0;
    for (int i = 0; i < bytes; i++)
        value |= (uint64_t)at[f->little ? i : bytes - 1 - i] << (8 * i);
    return value;
}

/* The directory as shorts (malloc'ed, *count of them), or NULL. */
static uint16_t *read_key_directory(const tiff_file *f, const unsigned char header[16], size_t *count)
{
    const uint64_t version = decode(f, header + 2, 2);
    if (version != 42 && version != 43)
        return NULL;
    const int big = version == 43;
    const int offset_bytes = big ? 8 : 4;
    const size_t entry_bytes = big ? 20 : 12;
    const uint64_t ifd = decode(f, header + (big ? 8 : 4), offset_bytes);
    unsigned char raw_count[8];
    if (f->read_at(f->user, ifd, raw_count, big ? 8 : 2) != 0)
        return NULL;
    const uint64_t entries = decode(f, raw_count, big ? 8 : 2);
    if (entries == 0 || entries > MAX_IFD_ENTRIES)
        return NULL;
    unsigned char *table = malloc((size_t)entries * entry_bytes);
    uint16_t *keys = NULL;
    if (!table || f->read_at(f->user, ifd + (big ? 8 : 2), table, (size_t)entries * entry_bytes) != 0)
        goto done;
    for (uint64_t i = 0; i < entries; i++) {
        const unsigned char *entry = table + i * entry_bytes;
        if (decode(f, entry, 2) != TAG_GEO_KEY_DIRECTORY)
            continue;
        const uint64_t n = decode(f, entry + 4, offset_bytes);
        if (decode(f, entry + 2, 2) != TYPE_SHORT || n < 4 || n > MAX_GEO_KEY_SHORTS)
            break;
        unsigned char *values = malloc((size_t)n * 2);
        keys = malloc((size_t)n * sizeof *keys);
        const unsigned char *field = entry + 4 + offset_bytes; /* the values, or their offset */
        int ok = values && keys;
        if (ok && n * 2 <= (uint64_t)offset_bytes) {
            for (size_t k = 0; k < n * 2; k++)
                values[k] = field[k];
        } else if (ok) {
            ok = f->read_at(f->user, decode(f, field, offset_bytes), values, (size_t)n * 2) == 0;
        }
        for (size_t k = 0; ok && k < n; k++)
            keys[k] = (uint16_t)decode(f, values + 2 * k, 2);
        free(values);
        if (!ok) {
            free(keys);
            keys = NULL;
        } else {
            *count = (size_t)n;
        }
        break;
    }
done:
    free(table);
    return keys;
}

static int epsg_of_keys(const uint16_t *dir, size_t count)
{
    if (count < 4 || dir[0] != 1 || count < 4 + 4 * (size_t)dir[3])
        return 0;
    int model = 0, projected = 0, geographic = 0;
    for (size_t k = 0; k < dir[3]; k++) {
        const uint16_t *key = dir + 4 + 4 * k;
        const int inline_value = key[1] == 0 && key[2] == 1;
        switch (key[0]) {
        case KEY_MODEL_TYPE:
        case KEY_PROJECTED_CS_TYPE:
        case KEY_GEOGRAPHIC_TYPE:
            if (!inline_value)
                return 0;
            *(key[0] == KEY_MODEL_TYPE ? &model : key[0] == KEY_PROJECTED_CS_TYPE ? &projected : &geographic) =
                key[3];
            break;
        case KEY_PROJ_LINEAR_UNITS:
            /* Metre, as every EPSG projected CRS of France. */
            if (!inline_value || key[3] != UNIT_METRE)
                return 0;
            break;
        case KEY_RASTER_TYPE:
        case KEY_CITATION:
        case KEY_GEOG_CITATION:
        case KEY_GEOG_ANGULAR_UNITS:
        case KEY_PCS_CITATION:
            break;
        default:
            return 0;
        }
    }
    const int code = model == MODEL_PROJECTED ? projected : model == MODEL_GEOGRAPHIC ? geographic : 0;
    return code > 0 && code != USER_DEFINED ? code : 0;
}

int pcrs_geotiff_epsg(pcrs_read_at_fn read_at, void *user)
{
    if (!read_at)
        return 0;
    unsigned char header[16];
    if (read_at(user, 0, header, sizeof header) != 0)
        return 0;
    tiff_file f = {read_at, user, header[0] == 'I' && header[1] == 'I'};
    if (!f.little && !(header[0] == 'M' && header[1] == 'M'))
        return 0;
    size_t count = 0;
    uint16_t *dir = read_key_directory(&f, header, &count);
    int code = dir ? epsg_of_keys(dir, count) : 0;
    free(dir);
    return code;
}
