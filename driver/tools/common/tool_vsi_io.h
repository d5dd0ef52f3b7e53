/* pcrs_io on GDAL's VSI (C API): /vsizip/, /vsigzip/, /vsicurl/, /vsimem/
 * and plain files, for the command-line tools. */
#ifndef PCRS_TOOL_VSI_IO_H
#define PCRS_TOOL_VSI_IO_H

#include "pcrs/pcrs_io.h"

#ifdef __cplusplus
extern "C" {
#endif

const pcrs_io *pcrs_tool_vsi_io(void);

/* 1 if `path` can be opened twice and read from both handles at once (a
 * regular file, an archive member…), 0 for standard input, pipes and
 * streaming-only paths. */
int pcrs_tool_vsi_reopenable(const char *path);

#ifdef __cplusplus
}
#endif

#endif
