/* Validation of PCRS v2.0 deliveries: the rules of the standard as data,
 * their checks on a document read by pcrs_reader, and the report.
 *
 * One streaming pass: the reader validates the XML schema while it spools
 * the features (pcrs_reader_options.xml_schema); the rules then run on the
 * spool (no second parse). With options.jobs = 2 the schema is validated by
 * a second thread on its own stream of the file, concurrently. Memory is bounded by the number of features and
 * identifiers, not by the file size.
 *
 * What needs GEOS (geometry validity) or GDAL (raster tiles) is asked to the
 * caller through callbacks, so the core stays free of GDAL. The tool
 * pcrs_validate and the driver's VALIDATE=YES open option share this code. */
#ifndef PCRS_VALIDATE_H
#define PCRS_VALIDATE_H

#include <stdio.h>

#include "pcrs.h"
#include "pcrs_reader.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Rules ---- */

typedef enum pcrs_severity {
    PCRS_SEVERITY_INFO = 0,    /* reported, never a problem (e.g. raster compression) */
    PCRS_SEVERITY_WARNING = 1, /* suspicious or a recommendation of the standard */
    PCRS_SEVERITY_ERROR = 2    /* breaks the standard: the delivery is not conformant */
} pcrs_severity;

typedef enum pcrs_lang { PCRS_LANG_FR = 0, PCRS_LANG_EN = 1 } pcrs_lang;

/* Message templates may use {element} {id} {class} {value} {expected}
 * {detail}, replaced by the finding's fields ("" when absent). */
typedef struct pcrs_rule {
    const char *code;      /* stable: "PCRS-ID-004" */
    pcrs_severity severity;
    const char *reference; /* the standard's section: "B.3.15", "XSD", "C.1" */
    const char *title_fr, *title_en;
    const char *message_fr, *message_en;
} pcrs_rule;

int pcrs_rule_count(void);
const pcrs_rule *pcrs_rule_at(int index); /* NULL if out of range */
int pcrs_rule_find(const char *code);     /* index, or -1 */
const char *pcrs_severity_name(pcrs_severity severity); /* "error", "warning", "info" */

/* ---- Findings ---- */

typedef struct pcrs_finding {
    int rule;                  /* index in the rules table */
    const char *file;          /* NULL: not about one file */
    int64_t line;              /* 0: unknown */
    const char *element;       /* "<pcrs:typeMur>", or NULL */
    const char *gml_id;        /* of the feature, or NULL */
    const char *feature_class; /* "MurPCRS", or NULL */
    int has_location;          /* x, y valid (CRS of the document: epsg) */
    double x, y;
    int epsg;                  /* 0: unknown */
    const char *value, *expected, *detail; /* template arguments, or NULL */
} pcrs_finding;

/* The finding's message in `lang` (always NUL-terminated, truncated to size). */
const char *pcrs_finding_message(const pcrs_finding *finding, pcrs_lang lang, char *out,
                                 size_t size);

/* One line, as in the text report:
 * "file:line: error PCRS-ID-004 [ArbrePCRS gml:id=A2]: message (x y)". */
const char *pcrs_finding_format(const pcrs_finding *finding, pcrs_lang lang, char *out,
                                size_t size);

/* ---- Report: findings of a run, counted per rule ---- */

typedef struct pcrs_report pcrs_report; /* opaque */

pcrs_report *pcrs_report_create(void);
void pcrs_report_destroy(pcrs_report *report);
/* Findings kept per rule (the counts stay exact past it). 0: unlimited
 * (default 10000). */
void pcrs_report_set_limit_per_rule(pcrs_report *report, int64_t limit);
/* Copies the finding. 0, or -1 when memory runs out. */
int pcrs_report_add(pcrs_report *report, const pcrs_finding *finding);
/* A file looked at, with what was done: for the summary. */
int pcrs_report_add_file(pcrs_report *report, const char *path, const char *kind,
                         int64_t feature_count);

int64_t pcrs_report_finding_count(const pcrs_report *report); /* kept */
const pcrs_finding *pcrs_report_finding(const pcrs_report *report, int64_t index);
int64_t pcrs_report_rule_total(const pcrs_report *report, int rule); /* all, kept or not */
int64_t pcrs_report_severity_total(const pcrs_report *report, pcrs_severity severity);
/* Sorts the kept findings by file, line, rule (stable for equal keys). */
void pcrs_report_sort(pcrs_report *report);

/* Readable report: one line per finding "file:line: error PCRS-X-001: message"
 * then the summary per rule. quiet: the summary only. 0, or -1 on I/O error. */
int pcrs_report_write_text(const pcrs_report *report, FILE *out, pcrs_lang lang, int quiet);
/* {"tool":…, "files":[…], "summary":{…}, "rules":[…], "findings":[…]} */
int pcrs_report_write_json(const pcrs_report *report, FILE *out, pcrs_lang lang);
/* The rules table as a Markdown table (documentation). */
int pcrs_rules_write_markdown(FILE *out, pcrs_lang lang);

/* ---- Raster tiles (answers of the caller, who opens them with GDAL) ---- */

typedef struct pcrs_tile_info {
    int readable;        /* 0: the file cannot be opened as a raster */
    int georeferenced;   /* a geotransform (or GCPs) is present */
    int epsg;            /* 0: no CRS or not an EPSG one */
    double geotransform[6];
    int width, height, band_count;
    int all_black, all_white, all_empty; /* whole-tile content checks */
    const char *compression; /* "JPEG", "DEFLATE", "JPEG2000"…, NULL if unknown or none */
    int lossy;               /* 1 lossy, 0 lossless, -1 unknown */
    char error[256];         /* why not readable */
} pcrs_tile_info;

/* Fills `info` for the tile at `path`; returns 0 (even if unreadable: set
 * readable = 0), -1 to skip the raster checks. */
typedef int (*pcrs_tile_info_fn)(void *user, const char *path, pcrs_tile_info *info);

/* ---- Running the checks ---- */

#define PCRS_VALIDATE_OPTIONS_VERSION 1

typedef struct pcrs_validate_options {
    int version; /* PCRS_VALIDATE_OPTIONS_VERSION */
    const pcrs_io *io; /* NULL: stdio */
    int (*crs_is_lat_long_order)(void *user, int epsg_code); /* as in pcrs_reader_options */
    void *crs_user;
    /* Compiled schema (pcrs_validate_schema_load()); NULL: no XSD check. */
    void *xml_schema;
    /* 1 valid, 0 invalid (reason filled, and *x, *y where it happens if
     * known, else NAN), -1 cannot tell. NULL: no validity check. */
    int (*geometry_is_valid)(void *user, const unsigned char *wkb, size_t size, char *reason,
                             size_t reason_size, double *x, double *y);
    void *geometry_user;
    pcrs_tile_info_fn tile_info; /* NULL: tiles only checked for presence */
    void *tile_user;
    /* Today, for "date in the future" (0: the system clock). */
    int today_year, today_month, today_day;
    /* Every finding as it is found (may be NULL). The finding's strings
     * live until the callback returns. */
    void (*on_finding)(void *user, const pcrs_finding *finding);
    void *finding_user;
    pcrs_report *report; /* findings are also added here (may be NULL) */
    /* Threads per document. 2: with xml_schema, the schema is validated on a
     * second stream of the file (a second io->open of the same path) while
     * the rules read the first; the findings are the same as with one pass.
     * 0 or 1: one pass. Give 1 for inputs that cannot be opened twice
     * (standard input, pipes). */
    int jobs;
} pcrs_validate_options;

void pcrs_validate_options_init(pcrs_validate_options *options);

/* A validation session: one or more documents, then the raster tiles beside
 * them. The options are copied. NULL only when memory runs out. */
typedef struct pcrs_validator pcrs_validator; /* opaque */
pcrs_validator *pcrs_validator_create(const pcrs_validate_options *options);
void pcrs_validator_destroy(pcrs_validator *validator);

/* Reads the document at `path` once (schema included; with jobs 2, the
 * schema on a second thread and stream) and runs every rule.
 * Returns PCRS_OK when the document could be read (whatever the findings);
 * otherwise the reader's status, after a finding naming the cause. The
 * document's RasterPCRS features join the session's tile catalogue. */
pcrs_status pcrs_validator_check_file(pcrs_validator *validator, const char *path);

/* Changes options.jobs for the next pcrs_validator_check_file() calls (e.g.
 * 1 for an input that cannot be opened twice). */
void pcrs_validator_set_jobs(pcrs_validator *validator, int jobs);

/* Runs the rules on a reader already opened (the driver, at open time): no
 * second parse; schema errors are those its on_message already received. */
pcrs_status pcrs_validator_check_reader(pcrs_validator *validator, pcrs_reader *reader);

/* The raster files found in the delivery folder `folder` (§C.1): each
 * RasterPCRS of the documents of that folder checked so far must name one of
 * them (file name = nomImage) and match it (CRS, footprint, resolution);
 * each tile is read through the tile_info callback (readable, georeferenced,
 * not uniform, compression). Without any RasterPCRS in the folder, the tiles
 * are checked one by one and against each other. */
pcrs_status pcrs_validator_check_tiles(pcrs_validator *validator, const char *folder,
                                       const char *const *tile_paths, int tile_count);

/* The driver's VALIDATE=YES in one call: the rules on an open reader, each
 * finding passed to `emit` as one line (pcrs_finding_format). `xml_schema`:
 * the schema the reader was given (its errors went to its on_message during
 * the open), or NULL (the rules then also report missing properties and
 * codes outside their list). geometry_is_valid may be NULL. PCRS_OK, or
 * PCRS_ERR_NOMEM. */
pcrs_status pcrs_validate_reader_lines(
    pcrs_reader *reader, pcrs_lang lang, void *xml_schema,
    int (*geometry_is_valid)(void *user, const unsigned char *wkb, size_t size, char *reason,
                             size_t reason_size, double *x, double *y),
    void *geometry_user, void (*emit)(void *user, pcrs_severity severity, const char *line),
    void *emit_user);

/* The same, in steps, so that the gml:ids of geometries and of the document
 * element (which the reader does not keep) are checked too: create the
 * validator first, give the reader pcrs_validator_on_gml_id as its on_gml_id
 * option with the validator as gml_id_user, open the reader, then
 * pcrs_validator_check_reader() and destroy. */
pcrs_validator *pcrs_validator_create_lines(
    pcrs_lang lang, void *xml_schema,
    int (*geometry_is_valid)(void *user, const unsigned char *wkb, size_t size, char *reason,
                             size_t reason_size, double *x, double *y),
    void *geometry_user, void (*emit)(void *user, pcrs_severity severity, const char *line),
    void *emit_user);
void pcrs_validator_on_gml_id(void *validator, const char *id, int64_t line);

/* Reports a problem of the input itself (a folder without any PCRS
 * document, an archive that cannot be listed…) under `rule_code`. */
void pcrs_validator_report_input(pcrs_validator *validator, const char *path,
                                 const char *rule_code, const char *detail);

/* ---- Schemas ---- */

/* Compiles the PCRS schema from `schemas_dir` (the data/schemas folder):
 * pcrs-offline/ (strict GML 3.2.1, gml:id required) or, with gml_3_2_2,
 * pcrs-offline-current/ (the GML files served online today). Nothing is
 * fetched from the network and no libxml2 global state is changed. Returns an
 * xmlSchemaPtr, or NULL with a message in `err`. */
void *pcrs_validate_schema_load(const char *schemas_dir, int gml_3_2_2, char *err,
                                size_t err_size);
void pcrs_validate_schema_free(void *schema);

#ifdef __cplusplus
}
#endif

#endif
