#include "wkb_writer.h"

#include <string.h>

int pcrs_wkb_header(pcrs_buffer *b, uint32_t type)
{
    if (pcrs_buffer_reserve(b, 5) != 0)
        return -1;
    pcrs_buffer_append_u8(b, 1);
    return pcrs_buffer_append_u32le(b, type);
}

int pcrs_wkb_reserve_count(pcrs_buffer *b, size_t *offset)
{
    *offset = b->size;
    return pcrs_buffer_append_u32le(b, 0);
}

/* Stores one double little endian at p. */
static void put_f64le(unsigned char *p, double v)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(p, &v, 8);
#else
    uint64_t u;
    memcpy(&u, &v, 8);
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(u >> (8 * i));
#endif
}

int pcrs_wkb_points(pcrs_buffer *b, const double *xyz, size_t count, int has_z)
{
    size_t dim = has_z ? 3 : 2;
    if (count > SIZE_MAX / (8 * dim) || pcrs_buffer_reserve(b, count * 8 * dim) != 0)
        return -1;
    unsigned char *p = b->data + b->size;
    for (size_t i = 0; i < count; i++, xyz += 3) {
        for (size_t k = 0; k < dim; k++, p += 8)
            put_f64le(p, xyz[k]);
    }
    b->size += count * 8 * dim;
    return 0;
}
