#include "writer_spool.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define REPLAY_CHUNK (1 << 20)

void writer_spool_init(writer_spool *spool, size_t memory_limit)
{
    pcrs_buffer_init(&spool->memory);
    spool->memory_limit = memory_limit;
    spool->file = NULL;
    spool->size = 0;
    spool->error[0] = '\0';
}

void writer_spool_free(writer_spool *spool)
{
    pcrs_buffer_free(&spool->memory);
    if (spool->file)
        fclose(spool->file);
    spool->file = NULL;
    spool->size = 0;
}

static int spill(writer_spool *spool)
{
    /* tmpfile(): removed by the system when closed, even after a crash. */
    spool->file = tmpfile();
    if (!spool->file) {
        snprintf(spool->error, sizeof spool->error, "cannot create a temporary file: %s", strerror(errno));
        return -1;
    }
    return 0;
}

int writer_spool_write(writer_spool *spool, const void *data, size_t size)
{
    if (size == 0)
        return 0;
    if (!spool->file && spool->memory.size + size <= spool->memory_limit) {
        if (pcrs_buffer_append(&spool->memory, data, size) != 0) {
            snprintf(spool->error, sizeof spool->error, "out of memory");
            return -1;
        }
    } else {
        if (!spool->file && spill(spool) != 0)
            return -1;
        if (fwrite(data, 1, size, spool->file) != size) {
            snprintf(spool->error, sizeof spool->error, "cannot write a temporary file: %s", strerror(errno));
            return -1;
        }
    }
    spool->size += size;
    return 0;
}

int writer_spool_replay(writer_spool *spool, int (*sink)(void *user, const void *data, size_t size),
                        void *user)
{
    if (sink(user, spool->memory.data, spool->memory.size) != 0)
        return -1;
    if (!spool->file)
        return 0;
    if (fflush(spool->file) != 0 || fseek(spool->file, 0, SEEK_SET) != 0) {
        snprintf(spool->error, sizeof spool->error, "cannot read back a temporary file: %s", strerror(errno));
        return -1;
    }
    unsigned char *chunk = (unsigned char *)malloc(REPLAY_CHUNK);
    if (!chunk) {
        snprintf(spool->error, sizeof spool->error, "out of memory");
        return -1;
    }
    int status = 0;
    size_t n;
    while ((n = fread(chunk, 1, REPLAY_CHUNK, spool->file)) > 0) {
        if (sink(user, chunk, n) != 0) {
            status = -1;
            break;
        }
    }
    if (status == 0 && ferror(spool->file)) {
        snprintf(spool->error, sizeof spool->error, "cannot read back a temporary file: %s", strerror(errno));
        status = -1;
    }
    free(chunk);
    return status;
}
