/* Streaming reader of PCRS v2.0 GML documents.
 *
 * pcrs_reader_open() parses the whole document once, with libxml2's
 * xmlTextReader fed through the pcrs_io callbacks, and keeps:
 *  - per class: feature count, extent, CRS, dimension;
 *  - every feature as a compact record in a spool (memory, spilled to an
 *    anonymous temporary file past a limit), with an offset per feature.
 * Reading any feature afterwards (sequentially or by index, any class, in
 * any interleaving) costs no XML parsing. Memory is bounded by the number
 * of features and identifiers, not by the file size.
 *
 * Features nested inline in a link property are records of their own class;
 * the parent's link value is the nested feature's gml:id. */
#ifndef PCRS_READER_H
#define PCRS_READER_H

#include "pcrs.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct pcrs_reader pcrs_reader;   /* opaque */
typedef struct pcrs_feature pcrs_feature; /* opaque, caller-owned */

#define PCRS_READER_OPTIONS_VERSION 1

typedef struct pcrs_reader_options {
    int version; /* PCRS_READER_OPTIONS_VERSION */
    const pcrs_io *io;          /* NULL: stdio */
    pcrs_message_fn on_message; /* NULL: messages are dropped (the last error stays on the handle) */
    void *message_user;
    /* Tells whether an EPSG CRS has latitude first in its authority axis
     * order. Coordinates under a URN/URL srsName of such a CRS are swapped to
     * easting/northing (longitude/latitude) order, as GDAL does. NULL: never swap. */
    int (*crs_is_lat_long_order)(void *user, int epsg_code);
    void *crs_user;
    /* Bytes of feature records kept in memory before spilling to a
     * temporary file. 0: default (2 MiB). */
    size_t spool_memory_limit;
    /* Maximum element depth accepted (hostile input guard). 0: default (64). */
    int max_depth;
    /* Optional compiled XML schema (an xmlSchemaPtr, owned by the caller):
     * the document is validated during the same pass; each validity error
     * goes to on_message as PCRS_MSG_ERROR with code PCRS_ERR_SCHEMA
     * ("<file>:<line>: <element>: <reason>") and does not stop the reading.
     * Well-formedness errors and refused input stay fatal, as without a schema. */
    void *xml_schema;
    /* With xml_schema: validate only. Every node is read (as xmllint
     * --stream --schema does), the root and the nesting depth are checked as
     * usual, but no feature is recorded: the reader then has no feature, no
     * extent and no link check. Lets a second thread validate the schema
     * while another reads the features (pcrs_validate --jobs 2). */
    int schema_only;
    /* Optional: every gml:id of the geometries and of their parts, with its
     * line, and once, before the first geometry's, the document element's.
     * The reader keeps none of them (the validator checks their uniqueness). */
    void (*on_gml_id)(void *user, const char *id, int64_t line);
    void *gml_id_user;
} pcrs_reader_options;

/* Fills `options` with the defaults. */
void pcrs_reader_options_init(pcrs_reader_options *options);

/* Creation never fails except for memory (returns NULL). `options` may be NULL. */
pcrs_reader *pcrs_reader_create(const pcrs_reader_options *options);
void pcrs_reader_destroy(pcrs_reader *reader);

/* Parses the document at `path`. On failure returns the status, and
 * pcrs_reader_errmsg() gives a message naming the file, line and element.
 * Problems confined to one feature (a value that does not parse, a broken
 * geometry, an unknown element, a dangling link) are warnings through
 * on_message, and the affected value is absent; they do not fail the open. */
pcrs_status pcrs_reader_open(pcrs_reader *reader, const char *path);

/* Last error message of the handle ("" if none). */
const char *pcrs_reader_errmsg(const pcrs_reader *reader);

/* ---- Document ---- */
const char *pcrs_reader_path(const pcrs_reader *reader);
const char *pcrs_reader_document_id(const pcrs_reader *reader);      /* root gml:id, or NULL */
const char *pcrs_reader_document_version(const pcrs_reader *reader); /* root version attribute, or NULL */
/* Total number of features, nested ones included. */
int64_t pcrs_reader_total_feature_count(const pcrs_reader *reader);

/* ---- Per class (index from pcrs_model.h) ---- */
int64_t pcrs_reader_feature_count(const pcrs_reader *reader, int class_index);
/* Extent of the geometries of a class, arcs included exactly:
 * env = {minx, miny, maxx, maxy}. Returns 0 if the class has no geometry. */
int pcrs_reader_extent(const pcrs_reader *reader, int class_index, double env[4]);
/* Z range; returns 0 if no geometry of the class has Z. */
int pcrs_reader_z_range(const pcrs_reader *reader, int class_index, double range[2]);
/* EPSG code of the geometries of a class (0 if none was given). If a class
 * mixes CRSs a warning was given at open and the first one is returned. */
int pcrs_reader_epsg(const pcrs_reader *reader, int class_index);

/* ---- Features ---- */
pcrs_feature *pcrs_feature_create(void);
void pcrs_feature_destroy(pcrs_feature *feature);

/* Loads feature number `index` (0-based, document order) of a class into
 * `feature`. Cheap: one spool read, no XML. */
pcrs_status pcrs_reader_read_feature(pcrs_reader *reader, int class_index,
                                     int64_t index, pcrs_feature *feature);

int pcrs_feature_class(const pcrs_feature *feature);
int64_t pcrs_feature_index(const pcrs_feature *feature);
const char *pcrs_feature_gml_id(const pcrs_feature *feature); /* NULL if absent */
int64_t pcrs_feature_line(const pcrs_feature *feature);       /* line of the start tag */

/* Values of property `prop` (index in the class's property table).
 * count 0: absent. An empty element is one value "". Every value is kept as
 * its text (whitespace-collapsed for numbers, dates and codes); links hold
 * the target gml:id whatever the href form ("id", "#id", "file.gml#id"). */
int pcrs_feature_value_count(const pcrs_feature *feature, int prop);
const char *pcrs_feature_value(const pcrs_feature *feature, int prop, int i);
/* Typed access, valid only for values of that type (checked at open). */
int64_t pcrs_feature_integer(const pcrs_feature *feature, int prop, int i);
double pcrs_feature_real(const pcrs_feature *feature, int prop, int i);
void pcrs_feature_date(const pcrs_feature *feature, int prop, int i,
                       int *year, int *month, int *day);

/* Geometry as ISO WKB (little endian, curve types and Z codes +1000),
 * normalised to the class's declared type (see pcrs_geometry_type()).
 * NULL if the feature has no geometry. */
const unsigned char *pcrs_feature_geometry(const pcrs_feature *feature, size_t *size);
int pcrs_feature_epsg(const pcrs_feature *feature); /* 0 if none */

/* ISO WKB geometry type (with Z: +1000) declared for a geometry kind:
 * POINT 1001, CURVE 1009 (CompoundCurve), POLYGON and SURFACE 1010
 * (CurvePolygon), MULTIPOINT 1004, MULTICURVE 1011, MULTISURFACE 1012,
 * ANY 0 (unknown), NONE -1. */
int pcrs_geometry_type(pcrs_geometry_kind kind);

#ifdef __cplusplus
}
#endif

#endif
