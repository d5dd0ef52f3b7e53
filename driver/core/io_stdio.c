/* pcrs_io on the C library's stdio: for tests and non-GDAL callers. */
#include "pcrs/pcrs_io.h"

#include <stdio.h>
#include <string.h>

static void *stdio_open(void *user, const char *path, const char *mode)
{
    (void)user;
    if (path == NULL || mode == NULL || (strcmp(mode, "rb") != 0 && strcmp(mode, "wb") != 0))
        return NULL;
    return fopen(path, mode);
}

static size_t stdio_read(void *user, void *handle, void *buf, size_t size)
{
    (void)user;
    if (handle == NULL || (buf == NULL && size > 0))
        return (size_t)-1;
    size_t n = fread(buf, 1, size, (FILE *)handle);
    return ferror((FILE *)handle) ? (size_t)-1 : n;
}

static size_t stdio_write(void *user, void *handle, const void *buf, size_t size)
{
    (void)user;
    if (handle == NULL || (buf == NULL && size > 0))
        return 0;
    return fwrite(buf, 1, size, (FILE *)handle);
}

static int stdio_close(void *user, void *handle)
{
    (void)user;
    if (handle == NULL)
        return -1;
    /* A write error may surface only at flush time, or may have been sticky since. */
    int failed = ferror((FILE *)handle);
    if (fclose((FILE *)handle) != 0)
        failed = 1;
    return failed ? -1 : 0;
}

static int stdio_remove(void *user, const char *path)
{
    (void)user;
    return path != NULL ? remove(path) : -1;
}

static int stdio_rename(void *user, const char *from, const char *to)
{
    (void)user;
    return (from != NULL && to != NULL) ? rename(from, to) : -1;
}

static const pcrs_io stdio_io = {
    PCRS_IO_VERSION, stdio_open, stdio_read, stdio_write, stdio_close, stdio_remove, stdio_rename, NULL,
};

const pcrs_io *pcrs_io_stdio(void)
{
    return &stdio_io;
}
