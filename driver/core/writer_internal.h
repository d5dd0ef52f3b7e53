/* State shared by the writer's files (internal): writer.c (lifecycle),
 * writer_output.c (atomic output), writer_document.c (root, envelope),
 * writer_wfeature.c (the caller's features),
 * writer_layer.c (layers and fields), writer_feature.c (features). */
#ifndef PCRS_WRITER_INTERNAL_H
#define PCRS_WRITER_INTERNAL_H

#include <libxml/xmlwriter.h>

#include "buffer.h"
#include "pcrs/pcrs_writer.h"
#include "writer_geometry.h"
#include "writer_ids.h"
#include "writer_spool.h"
#include "writer_values.h"

typedef enum writer_state {
    WRITER_CREATED = 0, /* not opened yet */
    WRITER_OPEN,        /* accepting layers and features */
    WRITER_FAILED,      /* something failed: the output will be discarded */
    WRITER_FINISHED     /* document complete */
} writer_state;

struct pcrs_writer_layer {
    pcrs_writer *writer;
    char *name;
    int class_index;
    const pcrs_class *cls;
    int epsg;
    char srs_name[32];          /* "EPSG:n" or "" */
    char **defaults;            /* per property: lexical form of the default, or NULL */
    char **qnames;              /* per property, then the class: "pcrs:name" / "pcrs-i:name" */
    unsigned char *field_taken; /* per property: a source field feeds it */
    pcrs_buffer unmatched;      /* "a, b, c": source fields that match nothing */
    int unmatched_reported;
    int m_reported;                 /* M dropped */
    int geometry_reported;          /* geometries given to a class without geometry */
    int64_t duplicate_business_ids; /* values of idObjet… already used */
    int64_t features;
    pcrs_writer_layer *next;
};

/* One value as handed over (strings live in the feature's arena). */
typedef struct wfeature_value {
    int prop;
    writer_value_kind kind;
    int64_t integer;
    double real;
    int year, month, day;
    size_t text; /* offset in the arena */
} wfeature_value;

struct pcrs_wfeature {
    int64_t source_index;
    int has_id;
    size_t id; /* offset in the arena */
    wfeature_value *values;
    size_t value_count, value_capacity;
    pcrs_buffer arena;
    pcrs_buffer wkb;
    int has_geometry;
};

/* Identifier namespaces in the writer's sets (the salt of writer_hash). */
#define WRITER_SALT_GML_ID 0x6d6c2d6964ULL

struct pcrs_writer {
    /* Options (strings owned). */
    const pcrs_io *io;
    pcrs_message_fn on_message;
    void *message_user;
    char *schema_location;
    char *gml_id_prefix;
    pcrs_href_form href_form;
    int strict;
    int skip_invalid_features;
    /* Direct mode (a seekable output): the body goes straight to the output
     * after `reserved` bytes kept for the header, written at finish. */
    int (*patch)(void *user, void *handle, uint64_t offset, const void *data, size_t size);
    size_t reserved;
    size_t max_document_id;

    writer_state state;
    pcrs_status status; /* of the failure that condemned the document */
    char errmsg[2048];

    /* Output. */
    char *path;     /* as given, for messages and the final name */
    char *tmp_path; /* "<path>.tmp-<random>" when the I/O can rename, else NULL */
    void *handle;   /* open output, NULL before open / after close */
    int created;    /* the file at tmp_path (or path) is this writer's */
    int io_failed;

    /* Body: featureMembers, written before the header that needs their envelope. */
    writer_spool spool;
    xmlOutputBufferPtr body_output;
    xmlTextWriterPtr body;

    /* Identifiers. */
    writer_idset gml_ids;      /* every gml:id of the document */
    writer_idset business_ids; /* idObjet, idHabillage…: salted by property name */
    int64_t *generated;        /* per class: counter of generated gml:ids */
    char *document_id;

    /* Content. */
    writer_envelope envelope;
    int envelope_epsg; /* EPSG of the geometries so far, -1 when they differ */
    int64_t feature_count;
    pcrs_writer_layer *layers;

    /* Scratch, reused from feature to feature. */
    pcrs_buffer lexical;  /* NUL-terminated lexical forms */
    pcrs_buffer geometry; /* GML text of the current geometry */
    pcrs_buffer id;       /* the current feature's gml:id */
    pcrs_buffer tmp;
};

/* Messages: `writer_message` passes a diagnostic on; `writer_fail` also
 * records it as the handle's error and returns the status. */
void writer_message(pcrs_writer *writer, pcrs_msg_level level, pcrs_status code, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
pcrs_status writer_fail(pcrs_writer *writer, pcrs_status code, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Condemns the document: every later call fails with `code`. */
pcrs_status writer_condemn(pcrs_writer *writer, pcrs_status code);

/* writer_output.c */
pcrs_status writer_output_open(pcrs_writer *writer, const char *path);
/* Writes through the I/O; 0, or -1 (io_failed set). */
int writer_output_write(pcrs_writer *writer, const void *data, size_t size);
/* Closes, then renames the temporary file to the final path. */
pcrs_status writer_output_commit(pcrs_writer *writer);
/* Closes and removes what was written (best effort). */
void writer_output_discard(pcrs_writer *writer);

/* writer_document.c */
/* At open: in direct mode, writes the placeholder of the header. */
pcrs_status writer_document_reserve(pcrs_writer *writer);
/* At finish, the body complete: header (with the envelope), body, end tag. */
pcrs_status writer_document_complete(pcrs_writer *writer);

/* writer_layer.c */
void writer_layers_free(pcrs_writer *writer);
/* Business identifiers repeated: the first few are reported one by one. */
#define WRITER_DUPLICATES_REPORTED 5

/* The end-of-layer reports (unmatched fields, duplicates) not given yet. */
void writer_layers_report(pcrs_writer *writer);
void writer_layer_report_unmatched(pcrs_writer_layer *layer);

#endif
