/* Byte stream kept in memory up to a limit, then continued in an anonymous
 * temporary file (internal): the document body, written before the header
 * that needs the envelope of the whole content. */
#ifndef PCRS_WRITER_SPOOL_H
#define PCRS_WRITER_SPOOL_H

#include <stdint.h>
#include <stdio.h>

#include "buffer.h"

typedef struct writer_spool {
    pcrs_buffer memory;
    size_t memory_limit;
    FILE *file; /* NULL until the first spill */
    uint64_t size;
    char error[160]; /* why the last failing call failed */
} writer_spool;

void writer_spool_init(writer_spool *spool, size_t memory_limit);
void writer_spool_free(writer_spool *spool);

/* Appends bytes. 0, or -1 (error filled: memory or disk). */
int writer_spool_write(writer_spool *spool, const void *data, size_t size);

/* Hands the whole content, in order, to `sink` (which returns 0 or -1).
 * 0, or -1 if reading back or the sink failed (error filled for the former). */
int writer_spool_replay(writer_spool *spool, int (*sink)(void *user, const void *data, size_t size),
                        void *user);

#endif
