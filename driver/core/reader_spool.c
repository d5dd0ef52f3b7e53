/* Feature record spool: memory first, then per-lane blocks in an anonymous
 * tmpfile(). */
#define _FILE_OFFSET_BITS 64
#define _POSIX_C_SOURCE 200809L
#include "reader_spool.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

/* A lane's block goes to the file once it holds this much: large enough
 * for few system calls, small enough for one block per class in memory. */
#define BLOCK_TARGET ((size_t)32 << 10)

/* Handles of records in the file: flag | block << 24 | position in block
 * (a position is below BLOCK_TARGET: a block is written as soon as it
 * reaches it). */
#define FILE_FLAG ((uint64_t)1 << 63)
#define POSITION_BITS 24
#define NO_BLOCK UINT64_MAX

#if defined(_WIN32)
#define spool_seek _fseeki64
#else
#define spool_seek fseeko
#endif

void reader_spool_init(reader_spool *spool, size_t memory_limit)
{
    memset(spool, 0, sizeof *spool);
    pcrs_buffer_init(&spool->memory);
    spool->memory_limit = memory_limit;
    spool->reserved_lane = -1;
}

static void free_lane_buffers(reader_spool *spool, int pending_only)
{
    for (int i = 0; i < spool->lane_count; i++) {
        pcrs_buffer_free(&spool->lanes[i].pending);
        if (!pending_only)
            pcrs_buffer_free(&spool->lanes[i].window);
    }
}

void reader_spool_free(reader_spool *spool)
{
    pcrs_buffer_free(&spool->memory);
    free_lane_buffers(spool, 0);
    free(spool->lanes);
    free(spool->blocks);
    if (spool->file)
        fclose(spool->file);
    reader_spool_init(spool, spool->memory_limit);
}

int reader_spool_spilled(const reader_spool *spool) { return spool->block_count > 0; }

static int fail(reader_spool *spool, const char *what, int err)
{
    snprintf(spool->error, sizeof spool->error, "%s: %s", what,
             err ? strerror(err) : "unknown error");
    return -1;
}

static reader_spool_lane *lane_at(reader_spool *spool, int lane)
{
    if (lane < spool->lane_count)
        return &spool->lanes[lane];
    reader_spool_lane *lanes = realloc(spool->lanes, (size_t)(lane + 1) * sizeof *lanes);
    if (!lanes)
        return NULL;
    spool->lanes = lanes;
    for (; spool->lane_count <= lane; spool->lane_count++) {
        reader_spool_lane *l = &lanes[spool->lane_count];
        pcrs_buffer_init(&l->pending);
        pcrs_buffer_init(&l->window);
        l->pending_block = NO_BLOCK;
        l->window_block = NO_BLOCK;
    }
    return &spool->lanes[lane];
}

static int new_block(reader_spool *spool, int lane, uint64_t *index)
{
    if (spool->block_count == spool->block_capacity) {
        uint64_t cap = spool->block_capacity ? spool->block_capacity * 2 : 256;
        if (cap > ((uint64_t)1 << (63 - POSITION_BITS)) || cap > SIZE_MAX / sizeof(reader_spool_block))
            return -1;
        reader_spool_block *blocks = realloc(spool->blocks, (size_t)cap * sizeof *blocks);
        if (!blocks)
            return -1;
        spool->blocks = blocks;
        spool->block_capacity = cap;
    }
    reader_spool_block *b = &spool->blocks[spool->block_count];
    b->offset = 0;
    b->size = 0;
    b->lane = (uint32_t)lane;
    *index = spool->block_count++;
    return 0;
}

unsigned char *reader_spool_reserve(reader_spool *spool, size_t size, int lane, uint64_t *handle)
{
    spool->reserved = 0;
    spool->reserved_lane = -1;
    if (!spool->block_count && size <= spool->memory_limit &&
        spool->memory.size <= spool->memory_limit - size) {
        if (pcrs_buffer_reserve(&spool->memory, size) != 0) {
            fail(spool, "out of memory for the feature spool", ENOMEM);
            return NULL;
        }
        *handle = spool->memory.size;
        spool->reserved = size;
        return spool->memory.data + spool->memory.size;
    }
    reader_spool_lane *l = lane >= 0 ? lane_at(spool, lane) : NULL;
    if (!l || size > UINT32_MAX - l->pending.size || pcrs_buffer_reserve(&l->pending, size) != 0 ||
        (l->pending_block == NO_BLOCK && new_block(spool, lane, &l->pending_block) != 0)) {
        fail(spool, "out of memory for the feature spool", ENOMEM);
        return NULL;
    }
    *handle = FILE_FLAG | l->pending_block << POSITION_BITS | (uint64_t)l->pending.size;
    spool->reserved = size;
    spool->reserved_lane = lane;
    return l->pending.data + l->pending.size;
}

/* Appends the lane's pending block to the file. */
static int write_block(reader_spool *spool, reader_spool_lane *l)
{
    if (l->pending_block == NO_BLOCK)
        return 0;
    if (!spool->file) {
        errno = 0;
        spool->file = tmpfile();
        if (!spool->file)
            return fail(spool, "cannot create the temporary spool file", errno);
        /* Whole blocks are written and read: stdio buffering would only copy. */
        setvbuf(spool->file, NULL, _IONBF, 0);
    }
    reader_spool_block *b = &spool->blocks[l->pending_block];
    errno = 0;
    if (spool_seek(spool->file, (off_t)spool->file_size, SEEK_SET) != 0)
        return fail(spool, "cannot seek in the temporary spool file", errno);
    if (fwrite(l->pending.data, 1, l->pending.size, spool->file) != l->pending.size)
        return fail(spool, "cannot write the temporary spool file", errno);
    b->offset = spool->file_size;
    b->size = (uint32_t)l->pending.size;
    spool->file_size += l->pending.size;
    l->pending_block = NO_BLOCK;
    pcrs_buffer_reset(&l->pending);
    return 0;
}

int reader_spool_commit(reader_spool *spool)
{
    size_t size = spool->reserved;
    spool->reserved = 0;
    if (spool->reserved_lane < 0) {
        spool->memory.size += size;
        return 0;
    }
    reader_spool_lane *l = &spool->lanes[spool->reserved_lane];
    spool->reserved_lane = -1;
    l->pending.size += size;
    return l->pending.size >= BLOCK_TARGET ? write_block(spool, l) : 0;
}

int reader_spool_finish(reader_spool *spool)
{
    for (int i = 0; i < spool->lane_count; i++)
        if (spool->lanes[i].pending.size && write_block(spool, &spool->lanes[i]) != 0)
            return -1;
    free_lane_buffers(spool, 1);
    if (spool->file && (fflush(spool->file) != 0 || ferror(spool->file)))
        return fail(spool, "cannot write the temporary spool file", errno);
    return 0;
}

static uint32_t get_u32le(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The bytes of block `index` (read into its lane's window if needed). */
static const unsigned char *block_data(reader_spool *spool, uint64_t index, size_t *size)
{
    const reader_spool_block *b = &spool->blocks[index];
    reader_spool_lane *l = lane_at(spool, (int)b->lane);
    if (!l) {
        fail(spool, "out of memory reading a feature", ENOMEM);
        return NULL;
    }
    if (l->pending_block == index) { /* not written yet */
        *size = l->pending.size;
        return l->pending.data;
    }
    if (l->window_block != index) {
        l->window_block = NO_BLOCK;
        pcrs_buffer_reset(&l->window);
        if (!spool->file || pcrs_buffer_reserve(&l->window, b->size) != 0) {
            fail(spool, spool->file ? "out of memory reading a feature" : "record outside the spool",
                 spool->file ? ENOMEM : 0);
            return NULL;
        }
        errno = 0;
        if (spool_seek(spool->file, (off_t)b->offset, SEEK_SET) != 0) {
            fail(spool, "cannot seek in the temporary spool file", errno);
            return NULL;
        }
        if (fread(l->window.data, 1, b->size, spool->file) != b->size) {
            fail(spool, "cannot read the temporary spool file", errno);
            return NULL;
        }
        l->window.size = b->size;
        l->window_block = index;
    }
    *size = l->window.size;
    return l->window.data;
}

int reader_spool_read_record(reader_spool *spool, uint64_t handle, pcrs_buffer *out)
{
    pcrs_buffer_reset(out);
    const unsigned char *at;
    size_t available;
    if (!(handle & FILE_FLAG)) {
        if (handle >= spool->memory.size)
            return fail(spool, "record outside the spool", 0);
        at = spool->memory.data + handle;
        available = spool->memory.size - (size_t)handle;
    } else {
        uint64_t index = (handle & ~FILE_FLAG) >> POSITION_BITS;
        size_t position = (size_t)(handle & (((uint64_t)1 << POSITION_BITS) - 1)), size;
        if (index >= spool->block_count)
            return fail(spool, "record outside the spool", 0);
        const unsigned char *block = block_data(spool, index, &size);
        if (!block)
            return -1;
        if (position >= size)
            return fail(spool, "record outside the spool", 0);
        at = block + position;
        available = size - position;
    }
    if (available < 4)
        return fail(spool, "record outside the spool", 0);
    uint32_t size = get_u32le(at);
    if (size < 4 || size > available)
        return fail(spool, "corrupt record in the spool", 0);
    if (pcrs_buffer_append(out, at, size) != 0)
        return fail(spool, "out of memory reading a feature", ENOMEM);
    return 0;
}
