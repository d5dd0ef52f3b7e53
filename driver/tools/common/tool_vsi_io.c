/* pcrs_io on GDAL's VSI virtual file systems. */
#ifndef _LARGEFILE64_SOURCE
#define _LARGEFILE64_SOURCE 1 /* VSIStatBufL is a struct stat64 */
#endif
#include "tool_vsi_io.h"

#include <string.h>

#include "cpl_vsi.h"

static void *vsi_open(void *user, const char *path, const char *mode)
{
    (void)user;
    return VSIFOpenL(path, strcmp(mode, "wb") == 0 ? "wb" : "rb");
}

static size_t vsi_read(void *user, void *handle, void *buf, size_t size)
{
    (void)user;
    size_t n = VSIFReadL(buf, 1, size, (VSILFILE *)handle);
    /* VSI does not tell an error from the end: short reads at EOF are fine. */
    if (n < size && !VSIFEofL((VSILFILE *)handle))
        return (size_t)-1;
    return n;
}

static size_t vsi_write(void *user, void *handle, const void *buf, size_t size)
{
    (void)user;
    return VSIFWriteL(buf, 1, size, (VSILFILE *)handle);
}

static int vsi_close(void *user, void *handle)
{
    (void)user;
    return VSIFCloseL((VSILFILE *)handle) == 0 ? 0 : -1;
}

static int vsi_remove(void *user, const char *path)
{
    (void)user;
    return VSIUnlink(path) == 0 ? 0 : -1;
}

static int vsi_rename(void *user, const char *from, const char *to)
{
    (void)user;
    return VSIRename(from, to) == 0 ? 0 : -1;
}

const pcrs_io *pcrs_tool_vsi_io(void)
{
    static const pcrs_io io = {PCRS_IO_VERSION, vsi_open, vsi_read, vsi_write,
                               vsi_close,       vsi_remove, vsi_rename, NULL};
    return &io;
}

int pcrs_tool_vsi_reopenable(const char *path)
{
    if (!path || strncmp(path, "/vsistdin", 9) == 0 || strstr(path, "_streaming/"))
        return 0;
    VSIStatBufL st;
    return VSIStatL(path, &st) == 0 && VSI_ISREG(st.st_mode);
}
