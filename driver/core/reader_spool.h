/* Append-only store of feature records (internal): records stay in memory
 * up to a byte limit, later ones go to an anonymous temporary file. Every
 * record is addressed by the offset returned when it was appended. */
#ifndef PCRS_READER_SPOOL_H
#define PCRS_READER_SPOOL_H

#include <stdint.h>
#include <stdio.h>

#include "buffer.h"

typedef struct reader_spool {
    pcrs_buffer memory;  /* offsets [0, memory.size) */
    size_t memory_limit;
    FILE *file;          /* offsets [memory.size, …), NULL until the first spill */
    uint64_t file_size;
    int writing;         /* the file position is at its end (appends pending) */
    pcrs_buffer staging; /* record on its way to the file */
    size_t reserved;     /* bytes reserved in memory, not committed yet */
    pcrs_buffer window;  /* file bytes [window_offset, + window.size) */
    uint64_t window_offset;
    char error[128];     /* why the last failing call failed */
} reader_spool;

void reader_spool_init(reader_spool *spool, size_t memory_limit);
void reader_spool_free(reader_spool *spool);

/* Room for the next record of `size` bytes, written in place (in memory,
 * or in a staging buffer for the file), then appended by
 * reader_spool_commit(). NULL (error filled) when memory runs out. */
unsigned char *reader_spool_reserve(reader_spool *spool, size_t size, uint64_t *offset);
/* 0, or -1 (error filled) when the file cannot be written. */
int reader_spool_commit(reader_spool *spool);

/* Reads the record at `offset` into out (replacing its content). Records
 * start with their total size as a little-endian uint32. 0 or -1. */
int reader_spool_read_record(reader_spool *spool, uint64_t offset, pcrs_buffer *out);

/* Flushes pending writes (call once the last record is appended). 0 or -1. */
int reader_spool_finish(reader_spool *spool);

/* 1 if some records live in the temporary file. */
int reader_spool_spilled(const reader_spool *spool);

#endif
