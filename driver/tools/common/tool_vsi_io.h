/* pcrs_io on GDAL's VSI (C API): /vsizip/, /vsigzip/, /vsicurl/, /vsimem/
 * and plain files, for the command-line tools. */
#ifndef PCRS_TOOL_VSI_IO_H
#define PCRS_TOOL_VSI_IO_H

#include "pcrs/pcrs_io.h"

#ifdef __cplusplus
extern "C" {
#endif

const pcrs_io *pcrs_tool_vsi_io(void);

#ifdef __cplusplus
}
#endif

#endif
