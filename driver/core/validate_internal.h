/* State of a validation session shared by the validate_*.c modules
 * (internal). */
#ifndef PCRS_VALIDATE_INTERNAL_H
#define PCRS_VALIDATE_INTERNAL_H

#include <pthread.h>
#include <stdint.h>

#include "buffer.h"
#include "pcrs/pcrs_validate.h"
#include "validate_gml_ids.h"
#include "validate_rules.h"
#include "validate_wkb.h"

/* What the value rules table (validate_values.c) asks for a property. */
typedef enum validate_value_check {
    VC_NONE = 0,
    VC_THEMATIQUE,
    VC_PRECISION,   /* rule in `rule` */
    VC_RANGE,       /* integer in [min, max] */
    VC_MIME,
    VC_BUSINESS_ID, /* slot in `slot` */
    VC_RASTER_NAME  /* RasterPCRS.nomImage: joins the tile catalogue */
} validate_value_check;

typedef struct validate_property_check {
    validate_value_check check;
    int rule;
    int slot;
    int64_t min, max;
    char element[72]; /* "<pcrs:name>", for findings */
} validate_property_check;

/* One RasterPCRS of the documents checked so far. */
typedef struct validate_catalogue_entry {
    char *document;  /* path of its document */
    char *name;      /* nomImage */
    char *gml_id;
    int64_t line;
    int epsg;
    int has_footprint;
    double footprint[4]; /* minx, miny, maxx, maxy */
    int64_t resolution_cm; /* 0: unknown */
    int matched;
} validate_catalogue_entry;

/* A schema or reader finding held until the document is read, to be
 * completed with the feature it falls in. */
typedef struct validate_held_finding {
    int rule;
    int64_t line;
    size_t element, value, expected, detail; /* offsets in held_text, (size_t)-1 if none */
} validate_held_finding;

struct pcrs_validator {
    pcrs_validate_options options;
    int today; /* yyyymmdd */
    /* property checks, per class: checks[class][prop] */
    validate_property_check **checks;
    int class_count;
    /* raster catalogue */
    validate_catalogue_entry *catalogue;
    int catalogue_count, catalogue_capacity;
    /* per document */
    const char *path;
    validate_held_finding *held;
    size_t held_count, held_capacity;
    pcrs_buffer held_text;
    int held_overflow;
    validate_gml_ids gml_ids; /* of geometries and the document element */
    /* pcrs_validator_create_lines(): findings formatted as lines */
    pcrs_lang lines_lang;
    void (*lines_emit)(void *user, pcrs_severity severity, const char *line);
    void *lines_user;
    /* scratch */
    validate_wkb wkb;
    pcrs_buffer scratch;
};

/* Reader and schema messages held per document before they are emitted as
 * they come (validate_messages.c). */
#define VALIDATE_HELD_MAX 50000

/* The XML schema validated on its own thread and stream of the document
 * (validate_schema.c), while the caller reads the features: its schema
 * messages are kept as the reader wrote them, to be replayed through
 * validate_on_reader_message() once the thread has ended. */
typedef struct validate_schema_pass {
    pcrs_reader *reader;
    const char *path;
    pcrs_status status; /* of its pcrs_reader_open() */
    pcrs_buffer messages; /* NUL-terminated messages, one after the other */
    size_t count;
    size_t limit;         /* messages kept; past it only `overflow` is set */
    int overflow;
    int started;
    pthread_t thread;
} validate_schema_pass;

/* Starts the pass on `path` (schema and io of v->options). 0, or -1 when no
 * thread or reader could be made (nothing to finish then). */
int validate_schema_pass_start(validate_schema_pass *pass, const pcrs_validator *v,
                               const char *path, size_t limit);
/* Waits for the pass to end. */
void validate_schema_pass_join(validate_schema_pass *pass);
/* The i-th kept message, walking with *offset from 0; NULL at the end. */
const char *validate_schema_pass_next(const validate_schema_pass *pass, size_t *offset);
void validate_schema_pass_free(validate_schema_pass *pass);

/* Business identifier properties: one uniqueness set each. */
#define VALIDATE_BUSINESS_ID_COUNT 6
extern const char *const validate_business_ids[VALIDATE_BUSINESS_ID_COUNT];

/* Sends a finding to the callback and the report. */
void validate_emit(pcrs_validator *v, const pcrs_finding *finding);
/* A finding of `rule` about `path` (other fields zero). */
pcrs_finding validate_finding(int rule, const char *path);

/* "<pcrs:name>" or "<pcrs-i:name>" of a property. */
const char *validate_property_element(const pcrs_property *p, char *out, size_t size);
/* Builds checks[class][prop] from the value rules table. 0, or -1 (memory). */
int validate_values_prepare(pcrs_validator *v);
void validate_values_free(pcrs_validator *v);
/* 1 if `epsg` is a reference system of the standard (B.1.4). */
int validate_crs_allowed(int epsg);
/* "EPSG:2154, 3942–3950, …" for messages. */
const char *validate_crs_allowed_list(void);
/* Accepted thematique codes of a class, e.g. "05" or "02, 03"; NULL if any. */
const char *validate_thematique_expected(const pcrs_class *cls, char *out, size_t size);
int validate_thematique_ok(const pcrs_class *cls, const char *value);
/* Precision codes of the PCRS target class [10 cm]. */
int validate_precision_in_target(const char *code);
const char *validate_precision_target(void);

/* Reader messages of a document being read (on_message). */
void validate_on_reader_message(void *user, pcrs_msg_level level, pcrs_status code,
                                const char *message);

/* Rules on every feature of an open reader (validate_document.c). */
pcrs_status validate_document(pcrs_validator *v, pcrs_reader *reader);

/* Frees the tile catalogue (validate_raster.c). */
void validate_raster_free(pcrs_validator *v);

/* Tolerance under which two points are the same (CRS units). */
double validate_point_tolerance(int epsg);

#endif
