/* Feature record spool: memory first, then an anonymous tmpfile(). */
#define _FILE_OFFSET_BITS 64
#define _POSIX_C_SOURCE 200809L
#include "reader_spool.h"

#include <errno.h>
#include <string.h>
#include <sys/types.h>

/* Bytes read from the temporary file at a time. */
#define SPOOL_WINDOW ((size_t)1 << 18)

#if defined(_WIN32)
#define spool_seek _fseeki64
#else
#define spool_seek fseeko
#endif

void reader_spool_init(reader_spool *spool, size_t memory_limit)
{
    memset(spool, 0, sizeof *spool);
    pcrs_buffer_init(&spool->memory);
    pcrs_buffer_init(&spool->staging);
    pcrs_buffer_init(&spool->window);
    spool->memory_limit = memory_limit;
}

void reader_spool_free(reader_spool *spool)
{
    pcrs_buffer_free(&spool->memory);
    pcrs_buffer_free(&spool->staging);
    pcrs_buffer_free(&spool->window);
    if (spool->file)
        fclose(spool->file);
    spool->file = NULL;
}

int reader_spool_spilled(const reader_spool *spool) { return spool->file != NULL; }

static int fail(reader_spool *spool, const char *what, int err)
{
    snprintf(spool->error, sizeof spool->error, "%s: %s", what,
             err ? strerror(err) : "unknown error");
    return -1;
}

unsigned char *reader_spool_reserve(reader_spool *spool, size_t size, uint64_t *offset)
{
    spool->reserved = 0;
    if (!spool->file && size <= spool->memory_limit &&
        spool->memory.size <= spool->memory_limit - size) {
        if (pcrs_buffer_reserve(&spool->memory, size) != 0) {
            fail(spool, "out of memory for the feature spool", ENOMEM);
            return NULL;
        }
        *offset = spool->memory.size;
        spool->reserved = size;
        return spool->memory.data + spool->memory.size;
    }
    pcrs_buffer_reset(&spool->staging);
    if (pcrs_buffer_reserve(&spool->staging, size) != 0) {
        fail(spool, "out of memory for the feature spool", ENOMEM);
        return NULL;
    }
    spool->staging.size = size;
    *offset = spool->memory.size + spool->file_size;
    return spool->staging.data;
}

int reader_spool_commit(reader_spool *spool)
{
    if (spool->reserved) {
        spool->memory.size += spool->reserved;
        spool->reserved = 0;
        return 0;
    }
    size_t size = spool->staging.size;
    if (!spool->file) {
        errno = 0;
        spool->file = tmpfile();
        if (!spool->file)
            return fail(spool, "cannot create the temporary spool file", errno);
        /* A large buffer: fewer write calls, and glibc serves a seek that
         * lands inside the buffer without a system call. */
        setvbuf(spool->file, NULL, _IOFBF, (size_t)1 << 18);
        spool->writing = 1;
    }
    if (!spool->writing) {
        if (spool_seek(spool->file, 0, SEEK_END) != 0)
            return fail(spool, "cannot seek in the temporary spool file", errno);
        spool->writing = 1;
    }
    errno = 0;
    if (size && fwrite(spool->staging.data, 1, size, spool->file) != size)
        return fail(spool, "cannot write the temporary spool file", errno);
    spool->file_size += size;
    pcrs_buffer_reset(&spool->staging);
    return 0;
}

static uint32_t get_u32le(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

int reader_spool_finish(reader_spool *spool)
{
    if (spool->file && spool->writing) {
        errno = 0;
        if (fflush(spool->file) != 0 || ferror(spool->file))
            return fail(spool, "cannot write the temporary spool file", errno);
        spool->writing = 0;
    }
    return 0;
}

/* Reads the file window [offset, offset + size) at least, up to WINDOW bytes. */
static int load_window(reader_spool *spool, uint64_t offset, size_t size)
{
    size_t want = size > SPOOL_WINDOW ? size : SPOOL_WINDOW;
    if (want > spool->file_size - offset)
        want = (size_t)(spool->file_size - offset);
    if (reader_spool_finish(spool) != 0)
        return -1;
    pcrs_buffer_reset(&spool->window);
    if (pcrs_buffer_reserve(&spool->window, want) != 0)
        return fail(spool, "out of memory reading a feature", ENOMEM);
    errno = 0;
    if (spool_seek(spool->file, (off_t)offset, SEEK_SET) != 0)
        return fail(spool, "cannot seek in the temporary spool file", errno);
    if (fread(spool->window.data, 1, want, spool->file) != want)
        return fail(spool, "cannot read the temporary spool file", errno);
    spool->window.size = want;
    spool->window_offset = offset;
    return 0;
}

int reader_spool_read_record(reader_spool *spool, uint64_t offset, pcrs_buffer *out)
{
    pcrs_buffer_reset(out);
    const unsigned char *at;
    size_t available;
    if (offset < spool->memory.size) {
        at = spool->memory.data + offset;
        available = spool->memory.size - offset;
    } else {
        /* Records are served from a window of the file: neighbours (the
         * next features of a class often are) cost no system call. */
        uint64_t file_offset = offset - spool->memory.size;
        if (!spool->file || file_offset > spool->file_size || spool->file_size - file_offset < 4)
            return fail(spool, "record outside the spool", 0);
        if (file_offset < spool->window_offset || file_offset - spool->window_offset + 4 > spool->window.size) {
            if (load_window(spool, file_offset, 4) != 0)
                return -1;
        }
        at = spool->window.data + (file_offset - spool->window_offset);
        available = spool->window.size - (size_t)(file_offset - spool->window_offset);
        uint32_t size = get_u32le(at);
        if (size > available) {
            if (size > spool->file_size - file_offset)
                return fail(spool, "corrupt record in the spool", 0);
            if (load_window(spool, file_offset, size) != 0)
                return -1;
            at = spool->window.data;
            available = spool->window.size;
        }
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
