/* Per-document state of the rules (internal): identifiers, deferred links,
 * aggregated findings, and the feature being checked. */
#ifndef PCRS_VALIDATE_DOCUMENT_H
#define PCRS_VALIDATE_DOCUMENT_H

#include "reader_idhash.h"
#include "reader_idset.h"
#include "validate_internal.h"

/* The feature being checked, as findings name it. */
typedef struct validate_feature_ctx {
    const pcrs_feature *f;
    int class_index;
    const pcrs_class *cls;
    const char *gml_id;
    int lazy_id;      /* gml_id is NULL: the text of feature id entry `id_entry` (validate_doc_id_text) */
    int64_t id_entry;
    int64_t line;
    int epsg;
    int has_location;
    double x, y; /* first point of its geometry */
    int wkb_state; /* 1: its geometry is decoded in v->wkb; 0: none; -1 malformed; -2 memory */
} validate_feature_ctx;

/* A link whose target is checked once every gml:id is known. */
typedef struct validate_pending_link {
    size_t target;   /* offset in link_text */
    uint32_t target_length;
    int owner_class, prop;
    int64_t owner_entry; /* in ids, -1 if the owner has no gml:id */
    int64_t line;
    int purpose;     /* VL_* */
    int has_location;
    double x, y;     /* the owner's */
} validate_pending_link;

enum validate_link_purpose { VL_TARGET = 1, VL_REPRESENTATION = 2, VL_EMPRISE = 4 };

/* Per gml:id entry. */
#define VID_HAS_GEOMETRY_LINK 1 /* AffleurantGeometriquePCRS with enveloppe/ligne/point */
#define VID_IN_EMPRISE_SCOPE 2  /* object or habillage: must be in an emprise */
#define VID_IN_EMPRISE 4        /* referenced by an EmpriseEchangePCRS */

typedef struct validate_aggregate {
    int rule;
    int64_t count;
    pcrs_finding first; /* strings in agg_text (offsets stored in the pointers' place) */
    size_t text[6];     /* element, gml_id, class, value, expected, detail offsets; -1 none */
} validate_aggregate;

typedef struct validate_unidentified {
    int class_index;
    int64_t line;
    int has_location;
    double x, y;
} validate_unidentified;

typedef struct validate_doc {
    pcrs_validator *v;
    pcrs_reader *reader;
    const char *path;
    int schema; /* the XSD ran: it reports missing properties and bad codes */
    /* gml:ids of the features, as hashes (reader_idhash.h: one cache line a
     * lookup, no text); an entry's text is re-read from its feature when a
     * message needs it */
    reader_idhash ids; /* key → entry */
    size_t id_count;
    int *id_class;
    int64_t *id_line;
    int64_t *id_index; /* of the feature in its class */
    unsigned char *id_flags;
    double *id_xy; /* first point of the geometry, NAN if none */
    size_t id_capacity;
    pcrs_feature *id_text; /* where validate_doc_id_text() reads */
    /* business identifiers: hash → line of the first use (clamped to UINT32_MAX) */
    reader_idhash business[VALIDATE_BUSINESS_ID_COUNT];
    /* links */
    pcrs_buffer link_text;
    validate_pending_link *pending;
    size_t pending_count, pending_capacity;
    validate_unidentified *unidentified; /* in-scope features without gml:id */
    size_t unidentified_count, unidentified_capacity;
    int64_t emprise_count, scoped_count;
    /* reference systems */
    int document_epsg;
    /* aggregated findings */
    reader_idset agg_keys;
    validate_aggregate *aggs;
    size_t agg_capacity;
    pcrs_buffer agg_text;
    int failed; /* out of memory */
} validate_doc;

/* Entry of a feature's gml:id, -1 if none. */
int64_t validate_doc_find_id(const validate_doc *d, const char *id, size_t len);
/* Text of the gml:id of entry `entry`, re-read from its feature; valid until
 * the next call. NULL if it cannot be read. */
const char *validate_doc_id_text(const validate_doc *d, int64_t entry);

/* A finding about the feature (rule, element, value, expected, detail). */
void validate_doc_emit(validate_doc *d, const validate_feature_ctx *fc, int rule,
                       const char *element, const char *value, const char *expected,
                       const char *detail);
/* Counted under `key`: one finding per key at the end of the document, at
 * the first feature, with the count in {detail}. */
void validate_doc_aggregate(validate_doc *d, const validate_feature_ctx *fc, int rule,
                            const char *key, const char *element, const char *value,
                            const char *expected);

/* The rules on one feature (validate_values.c, validate_geometry.c, validate_links.c). */
void validate_feature_values(validate_doc *d, const validate_feature_ctx *fc);
void validate_feature_geometry(validate_doc *d, const validate_feature_ctx *fc);
void validate_feature_links(validate_doc *d, const validate_feature_ctx *fc, int64_t id_entry);
/* A RasterPCRS joins the session's tile catalogue (validate_raster.c). */
void validate_feature_raster(validate_doc *d, const validate_feature_ctx *fc);
/* Links checked once the whole document is known. */
void validate_links_finish(validate_doc *d);
/* 1 for objects and habillages: an EmpriseEchangePCRS must reference them. */
int validate_class_in_emprise_scope(int class_index);


#endif
