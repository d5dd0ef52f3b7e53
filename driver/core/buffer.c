#include "buffer.h"

#include <stdlib.h>
#include <string.h>

void pcrs_buffer_init(pcrs_buffer *b) { b->data = NULL; b->size = b->capacity = 0; }

void pcrs_buffer_free(pcrs_buffer *b)
{
    free(b->data);
    pcrs_buffer_init(b);
}

void pcrs_buffer_reset(pcrs_buffer *b) { b->size = 0; }

int pcrs_buffer_reserve(pcrs_buffer *b, size_t extra)
{
    if (extra > SIZE_MAX - b->size)
        return -1;
    size_t need = b->size + extra;
    if (need <= b->capacity)
        return 0;
    size_t cap = b->capacity ? b->capacity : 256;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    unsigned char *p = realloc(b->data, cap);
    if (!p)
        return -1;
    b->data = p;
    b->capacity = cap;
    return 0;
}

int pcrs_buffer_append(pcrs_buffer *b, const void *data, size_t n)
{
    if (n == 0)
        return 0;
    if (pcrs_buffer_reserve(b, n) != 0)
        return -1;
    memcpy(b->data + b->size, data, n);
    b->size += n;
    return 0;
}

int pcrs_buffer_append_u8(pcrs_buffer *b, uint8_t v) { return pcrs_buffer_append(b, &v, 1); }

int pcrs_buffer_append_u32le(pcrs_buffer *b, uint32_t v)
{
    unsigned char p[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    return pcrs_buffer_append(b, p, 4);
}

int pcrs_buffer_append_f64le(pcrs_buffer *b, double v)
{
    uint64_t u;
    memcpy(&u, &v, 8);
    unsigned char p[8];
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(u >> (8 * i));
    return pcrs_buffer_append(b, p, 8);
}

void pcrs_buffer_put_u32le(pcrs_buffer *b, size_t offset, uint32_t v)
{
    b->data[offset] = (unsigned char)v;
    b->data[offset + 1] = (unsigned char)(v >> 8);
    b->data[offset + 2] = (unsigned char)(v >> 16);
    b->data[offset + 3] = (unsigned char)(v >> 24);
}
