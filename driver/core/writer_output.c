/* The writer's output file: opened at pcrs_writer_open(), written only at
 * pcrs_writer_finish(), under a temporary name renamed at the end when the
 * I/O can rename, so that a failed delivery never looks complete. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "writer_internal.h"

static char *dup_string(const char *s)
{
    size_t n = strlen(s) + 1;
    char *copy = (char *)malloc(n);
    if (copy)
        memcpy(copy, s, n);
    return copy;
}

/* Eight hex digits, different from one call to the next. */
static void random_suffix(const pcrs_writer *writer, char out[9])
{
    static unsigned counter;
    struct {
        time_t now;
        clock_t ticks;
        const void *self;
        unsigned counter;
    } seed;
    memset(&seed, 0, sizeof seed); /* padding bytes are hashed too */
    seed.now = time(NULL);
    seed.ticks = clock();
    seed.self = writer;
    seed.counter = ++counter;
    uint64_t h = writer_hash((const char *)&seed, sizeof seed, 0);
    snprintf(out, 9, "%08x", (unsigned)(h ^ (h >> 32)));
}

pcrs_status writer_output_open(pcrs_writer *writer, const char *path)
{
    const pcrs_io *io = writer->io;
    writer->path = dup_string(path);
    if (!writer->path)
        return writer_fail(writer, PCRS_ERR_NOMEM, "%s: out of memory", path);
    const char *target = path;
    if (io->rename) {
        char suffix[9];
        random_suffix(writer, suffix);
        size_t n = strlen(path) + sizeof ".tmp-" + 8;
        writer->tmp_path = (char *)malloc(n);
        if (!writer->tmp_path)
            return writer_fail(writer, PCRS_ERR_NOMEM, "%s: out of memory", path);
        snprintf(writer->tmp_path, n, "%s.tmp-%s", path, suffix);
        target = writer->tmp_path;
    }
    errno = 0;
    writer->handle = io->open(io->user, target, "wb");
    if (!writer->handle) {
        int error = errno;
        writer_fail(writer, PCRS_ERR_IO, "%s: cannot create the file%s%s", target, error ? ": " : "",
                    error ? strerror(error) : "");
        free(writer->tmp_path);
        writer->tmp_path = NULL;
        return PCRS_ERR_IO;
    }
    writer->created = 1;
    return PCRS_OK;
}

int writer_output_write(pcrs_writer *writer, const void *data, size_t size)
{
    if (writer->io_failed || !writer->handle)
        return -1;
    if (size == 0)
        return 0;
    if (writer->io->write(writer->io->user, writer->handle, data, size) != size) {
        writer->io_failed = 1;
        return -1;
    }
    return 0;
}

pcrs_status writer_output_commit(pcrs_writer *writer)
{
    const pcrs_io *io = writer->io;
    const char *written = writer->tmp_path ? writer->tmp_path : writer->path;
    void *handle = writer->handle;
    writer->handle = NULL;
    if (io->close(io->user, handle) != 0) {
        writer_output_discard(writer);
        return writer_fail(writer, PCRS_ERR_IO,
                           "%s: writing failed when closing the file (disk full?): the output is removed",
                           written);
    }
    if (writer->tmp_path && io->rename(io->user, writer->tmp_path, writer->path) != 0) {
        writer_output_discard(writer);
        return writer_fail(writer, PCRS_ERR_IO, "%s: cannot rename %s to it: the output is removed",
                           writer->path, writer->tmp_path);
    }
    free(writer->tmp_path);
    writer->tmp_path = NULL;
    writer->created = 0; /* the document, no longer a leftover */
    return PCRS_OK;
}

void writer_output_discard(pcrs_writer *writer)
{
    const pcrs_io *io = writer->io;
    if (writer->handle) {
        io->close(io->user, writer->handle);
        writer->handle = NULL;
    }
    const char *written = writer->tmp_path ? writer->tmp_path : writer->path;
    /* Only what this writer created: never a file that was there before. */
    if (writer->created && written && io->remove)
        io->remove(io->user, written);
    writer->created = 0;
    free(writer->tmp_path);
    writer->tmp_path = NULL;
}
