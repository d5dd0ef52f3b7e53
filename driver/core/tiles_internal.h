/* Small helpers shared by the tiles_*.c modules (internal). */
#ifndef PCRS_TILES_INTERNAL_H
#define PCRS_TILES_INTERNAL_H

#include <stddef.h>

/* ASCII case-insensitive comparisons (locale-independent). */
int pcrs_tiles_strcasecmp(const char *a, const char *b);
int pcrs_tiles_strncasecmp(const char *a, const char *b, size_t n);
/* Part after the last '/' or '\'. */
const char *pcrs_tiles_basename(const char *path);
/* malloc'ed copy, NULL for NULL or when memory runs out. */
char *pcrs_tiles_strdup(const char *s);

#endif
