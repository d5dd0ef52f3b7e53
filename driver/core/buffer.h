/* Growable byte buffer shared by the core's modules (internal). */
#ifndef PCRS_BUFFER_H
#define PCRS_BUFFER_H

#include <stddef.h>
#include <stdint.h>

typedef struct pcrs_buffer {
    unsigned char *data;
    size_t size;
    size_t capacity;
} pcrs_buffer;

void pcrs_buffer_init(pcrs_buffer *b);
void pcrs_buffer_free(pcrs_buffer *b);
void pcrs_buffer_reset(pcrs_buffer *b); /* size = 0, keeps memory */
/* Each returns 0 on success, -1 when memory runs out (buffer unchanged). */
int pcrs_buffer_reserve(pcrs_buffer *b, size_t extra);
int pcrs_buffer_append(pcrs_buffer *b, const void *data, size_t n);
int pcrs_buffer_append_u8(pcrs_buffer *b, uint8_t v);
int pcrs_buffer_append_u32le(pcrs_buffer *b, uint32_t v);
int pcrs_buffer_append_f64le(pcrs_buffer *b, double v);
/* Overwrites 4 bytes at `offset` (for counts known only at the end). */
void pcrs_buffer_put_u32le(pcrs_buffer *b, size_t offset, uint32_t v);

#endif
