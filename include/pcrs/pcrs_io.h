/* Pluggable I/O, in the spirit of PROJ's PROJ_FILE_API: the core never
 * calls a file API directly for documents, so that the GDAL binding can
 * route everything through VSI (/vsizip/, /vsigzip/, /vsicurl/, /vsis3/,
 * /vsimem/) and unit tests can use stdio. */
#ifndef PCRS_IO_H
#define PCRS_IO_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PCRS_IO_VERSION 1

typedef struct pcrs_io {
    int version; /* PCRS_IO_VERSION */
    /* mode is "rb" or "wb". Returns NULL on failure. */
    void *(*open)(void *user, const char *path, const char *mode);
    /* Returns the number of bytes read, 0 at end of file, (size_t)-1 on error. */
    size_t (*read)(void *user, void *handle, void *buf, size_t size);
    /* Returns the number of bytes written; less than size means an error. */
    size_t (*write)(void *user, void *handle, const void *buf, size_t size);
    /* Returns 0 on success (for writers: all data reached the destination). */
    int (*close)(void *user, void *handle);
    /* Optional (may be NULL): removes a file, used to discard failed output. */
    int (*remove)(void *user, const char *path);
    /* Optional (may be NULL): renames a file, used for atomic output. */
    int (*rename)(void *user, const char *from, const char *to);
    void *user;
} pcrs_io;

/* I/O on the C library's stdio. Always available. */
const pcrs_io *pcrs_io_stdio(void);

#ifdef __cplusplus
}
#endif

#endif
