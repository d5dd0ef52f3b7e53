/* Append-only store of feature records (internal): records stay in memory
 * up to a byte limit; later ones go to an anonymous temporary file, where
 * each lane (the reader uses one per class) is written in blocks of its own
 * records. Reading a class in order, or all classes in document order,
 * then reads every block of the file once: each lane keeps the block it
 * read last. Every record is addressed by the handle returned when it was
 * appended. */
#ifndef PCRS_READER_SPOOL_H
#define PCRS_READER_SPOOL_H

#include <stdint.h>
#include <stdio.h>

#include "buffer.h"

/* Records of one lane waiting for the file, and the block it last read. */
typedef struct reader_spool_lane {
    pcrs_buffer pending; /* the lane's block being filled */
    uint64_t pending_block;
    pcrs_buffer window;  /* a block read back */
    uint64_t window_block; /* UINT64_MAX: none */
} reader_spool_lane;

/* Where a block of the file is. */
typedef struct reader_spool_block {
    uint64_t offset;
    uint32_t size;
    uint32_t lane;
} reader_spool_block;

typedef struct reader_spool {
    pcrs_buffer memory;  /* handles [0, memory.size) */
    size_t memory_limit;
    FILE *file;          /* NULL until the first block is written */
    uint64_t file_size;
    reader_spool_lane *lanes;
    int lane_count;
    reader_spool_block *blocks;
    uint64_t block_count, block_capacity;
    size_t reserved;     /* bytes reserved, not committed yet */
    int reserved_lane;   /* -1: in memory */
    char error[128];     /* why the last failing call failed */
} reader_spool;

void reader_spool_init(reader_spool *spool, size_t memory_limit);
void reader_spool_free(reader_spool *spool);

/* Room for the next record of `size` bytes of lane `lane` (>= 0), written
 * in place, then appended by reader_spool_commit(). NULL (error filled)
 * when memory runs out. */
unsigned char *reader_spool_reserve(reader_spool *spool, size_t size, int lane, uint64_t *handle);
/* 0, or -1 (error filled) when the file cannot be written. */
int reader_spool_commit(reader_spool *spool);

/* Writes the blocks still in memory (call once the last record is
 * appended) and frees what only writing needed. 0 or -1. */
int reader_spool_finish(reader_spool *spool);

/* Reads the record at `handle` into out (replacing its content). Records
 * start with their total size as a little-endian uint32. 0 or -1. */
int reader_spool_read_record(reader_spool *spool, uint64_t handle, pcrs_buffer *out);

/* 1 if some records live in the temporary file. */
int reader_spool_spilled(const reader_spool *spool);

#endif
