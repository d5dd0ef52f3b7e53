/* ISO WKB output helpers, little endian (internal).
 * Geometry type codes are the ISO ones; Z variants add PCRS_WKB_Z. Counts
 * that are known only at the end are reserved, then patched. */
#ifndef PCRS_WKB_WRITER_H
#define PCRS_WKB_WRITER_H

#include <stddef.h>
#include <stdint.h>

#include "buffer.h"

enum {
    PCRS_WKB_POINT = 1,
    PCRS_WKB_LINESTRING = 2,
    PCRS_WKB_POLYGON = 3,
    PCRS_WKB_MULTIPOINT = 4,
    PCRS_WKB_MULTILINESTRING = 5,
    PCRS_WKB_MULTIPOLYGON = 6,
    PCRS_WKB_GEOMETRYCOLLECTION = 7,
    PCRS_WKB_CIRCULARSTRING = 8,
    PCRS_WKB_COMPOUNDCURVE = 9,
    PCRS_WKB_CURVEPOLYGON = 10,
    PCRS_WKB_MULTICURVE = 11,
    PCRS_WKB_MULTISURFACE = 12,
    PCRS_WKB_Z = 1000
};

/* Byte order marker (1, little endian) and type code. 0, or -1 when memory runs out. */
int pcrs_wkb_header(pcrs_buffer *b, uint32_t type);
/* Appends a count of 0 to be patched later with pcrs_buffer_put_u32le();
 * stores its offset. 0 or -1. */
int pcrs_wkb_reserve_count(pcrs_buffer *b, size_t *offset);
/* Appends `count` points taken from `xyz` (3 doubles per point, Z written
 * only if has_z). 0 or -1. */
int pcrs_wkb_points(pcrs_buffer *b, const double *xyz, size_t count, int has_z);

#endif
