/* Streaming writer of PCRS v2.0 GML documents.
 *
 * The caller declares layers (each bound to one concrete class of the model),
 * then hands features one by one as typed values keyed by property index,
 * plus an ISO WKB geometry. Each feature is checked and serialised at once
 * (lexical forms, code lists, links, identifiers, GML 3.2 geometry) with
 * libxml2's xmlTextWriter. The header needs the envelope of the whole
 * content, known only at the end, so the body goes either
 *  - straight to the output behind a reserved, space-padded header that
 *    pcrs_writer_finish() fills in, when the output is seekable
 *    (options.patch), or
 *  - to a spool (memory, spilled to an anonymous temporary file past a
 *    limit) copied after the header by pcrs_writer_finish().
 * Features are never held in memory; only identifiers are remembered (as
 * 64-bit hashes) to keep them unique.
 *
 * Atomic output: when the I/O has a rename callback the document is written
 * to "<path>.tmp-<random>" and renamed at the end; any failure (a rejected
 * feature, a full disk, an I/O error) leaves no file at `path` (a file that
 * was there stays untouched). Without rename (e.g. /vsizip/, /vsigzip/),
 * the output is opened at pcrs_writer_open() and, in spool mode, receives
 * nothing before pcrs_writer_finish(); on failure it is closed and removed
 * when the I/O can remove, else it stays empty or truncated: never a
 * well-formed document. */
#ifndef PCRS_WRITER_H
#define PCRS_WRITER_H

#include "pcrs.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct pcrs_writer pcrs_writer;             /* opaque */
typedef struct pcrs_writer_layer pcrs_writer_layer; /* opaque, owned by its writer */
typedef struct pcrs_wfeature pcrs_wfeature;         /* opaque, caller-owned */

/* How xlink:href values are written. */
typedef enum pcrs_href_form {
    PCRS_HREF_HASH = 0, /* "#id": a same-document reference (the standard's example) */
    PCRS_HREF_BARE = 1  /* "id": as some producers (Lyon) write it */
} pcrs_href_form;

#define PCRS_WRITER_OPTIONS_VERSION 1

typedef struct pcrs_writer_options {
    int version;                /* PCRS_WRITER_OPTIONS_VERSION */
    const pcrs_io *io;          /* NULL: stdio */
    pcrs_message_fn on_message; /* NULL: messages are dropped (the last error stays on the handle) */
    void *message_user;
    const char *schema_location; /* xsi:schemaLocation value; NULL: PCRS_WRITER_DEFAULT_SCHEMA_LOCATION */
    const char *document_id;     /* root gml:id; NULL: generated */
    const char *gml_id_prefix;   /* prefix of generated gml:ids; NULL: none */
    pcrs_href_form href_form;
    /* 1: a source field that matches no property is an error, not a warning. */
    int strict;
    /* 1: a rejected feature is reported and skipped, the document stays
     * completable; 0 (default): it also condemns the document. */
    int skip_invalid_features;
    /* Bytes of body kept in memory before spilling to a temporary file.
     * 0: default (16 MiB). */
    size_t spool_memory_limit;
    /* Optional, for seekable outputs: writes `size` bytes at `offset` of the
     * output `handle` (from io->open; `user` is io->user), then puts the
     * position back at the end. With it, the body goes straight to the output behind a reserved
     * header that is written at finish (no spool, no copy); the root gml:id
     * may then grow by 240 bytes at most after pcrs_writer_open(). 0 on success. */
    int (*patch)(void *user, void *handle, uint64_t offset, const void *data, size_t size);
} pcrs_writer_options;

#define PCRS_WRITER_DEFAULT_SCHEMA_LOCATION                                                                  \
    "http://cnig.gouv.fr/pcrs https://cnigfr.github.io/PCRS/schemas/CNIG_PCRS_v2.0.xsd"

/* Fills `options` with the defaults. */
void pcrs_writer_options_init(pcrs_writer_options *options);

/* Creation never fails except for memory (returns NULL). `options` may be
 * NULL; its strings are copied. */
pcrs_writer *pcrs_writer_create(const pcrs_writer_options *options);
/* Discards the output unless pcrs_writer_finish() succeeded. */
void pcrs_writer_destroy(pcrs_writer *writer);

/* Opens the output (see atomic output above). */
pcrs_status pcrs_writer_open(pcrs_writer *writer, const char *path);

/* Writes the document and closes the output. Fails (and discards the
 * output) if anything failed before. Further calls return the same status. */
pcrs_status pcrs_writer_finish(pcrs_writer *writer);

/* Last error message of the handle ("" if none). */
const char *pcrs_writer_errmsg(const pcrs_writer *writer);

/* Root gml:id, until finish (e.g. the source's). An invalid NCName is
 * refused; a clash with a feature's id is resolved at finish. */
pcrs_status pcrs_writer_set_document_id(pcrs_writer *writer, const char *id);

/* Features written so far. */
int64_t pcrs_writer_feature_count(const pcrs_writer *writer);

/* ---- Layers ---- */

/* Binds a layer to a class: `class_name` if not NULL, else the layer name
 * (both case-insensitive). An unknown name fails with a message listing
 * the concrete classes; an abstract class is refused. `epsg` (0: none) gives
 * every geometry of the layer srsName="EPSG:n"; a CRS the standard does not
 * allow gives a warning. */
pcrs_status pcrs_writer_add_layer(pcrs_writer *writer, const char *name, const char *class_name, int epsg,
                                  pcrs_writer_layer **layer);

int pcrs_writer_layer_class(const pcrs_writer_layer *layer);

/* Value used when a feature has none for `property` (XSD name, e.g.
 * "producteur"), checked here as any value would be. Without one, the
 * class's usual thematique (pcrs_class.thematique) fills "thematique". */
pcrs_status pcrs_writer_layer_set_default(pcrs_writer_layer *layer, const char *property, const char *value);

/* Name of the layer creation option holding the default of a property:
 * "precisionPlanimetrique" → "PRECISION_PLANIMETRIQUE". Returns the length
 * (output truncated to size - 1 bytes). */
size_t pcrs_writer_option_name(const char *property, char *out, size_t size);

/* Special results of pcrs_writer_layer_add_field(). */
#define PCRS_FIELD_UNMATCHED (-1) /* no property: not written */
#define PCRS_FIELD_GML_ID (-2)    /* the feature's gml:id */

/* Declares a source field and tells which property receives it:
 * a property index of the layer's class, or PCRS_FIELD_*. Names match
 * case-, accent- and separator-insensitively ("Précision_Planimétrique"),
 * also as a 10-character DBF-truncated prefix, and "<link>_href" names a
 * link property. Unmatched fields give one warning per layer listing them
 * (an error when options.strict). A second field for the same property is
 * unmatched. */
pcrs_status pcrs_writer_layer_add_field(pcrs_writer_layer *layer, const char *field_name, int *property);

/* Property index of a class from a field name (see above), -1 if none. */
int pcrs_writer_match_field(const pcrs_class *cls, const char *field_name);

/* ---- Features ---- */

pcrs_wfeature *pcrs_wfeature_create(void);
void pcrs_wfeature_destroy(pcrs_wfeature *feature);
/* Forgets every value, keeps memory. */
void pcrs_wfeature_clear(pcrs_wfeature *feature);

/* Number of the feature in its source (for messages), -1 if none. */
void pcrs_wfeature_set_source_index(pcrs_wfeature *feature, int64_t index);
/* The source's gml:id: used when it is a valid NCName not yet used. */
pcrs_status pcrs_wfeature_set_id(pcrs_wfeature *feature, const char *gml_id);

/* Values of property `prop`; several calls give several values (lists).
 * The value is converted to the property's lexical form at write time:
 * an integer becomes the code it denotes in a code list (5 → "005"). */
pcrs_status pcrs_wfeature_add_string(pcrs_wfeature *feature, int prop, const char *value);
pcrs_status pcrs_wfeature_add_integer(pcrs_wfeature *feature, int prop, int64_t value);
pcrs_status pcrs_wfeature_add_real(pcrs_wfeature *feature, int prop, double value);
pcrs_status pcrs_wfeature_add_date(pcrs_wfeature *feature, int prop, int year, int month, int day);

/* ISO WKB (either byte order, curve types, Z/M codes), copied. */
pcrs_status pcrs_wfeature_set_geometry(pcrs_wfeature *feature, const unsigned char *wkb, size_t size);

/* Checks and writes one feature of `layer`. PCRS_ERR_DATA (or _UNSUPPORTED)
 * for a feature that breaks the model: the message names the file, the
 * class, the feature and the element. */
pcrs_status pcrs_writer_write_feature(pcrs_writer *writer, pcrs_writer_layer *layer,
                                      const pcrs_wfeature *feature);

#ifdef __cplusplus
}
#endif

#endif
