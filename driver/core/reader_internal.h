/* State of a pcrs_reader shared by reader.c (document, public API) and
 * reader_feature.c (features and their properties). Internal. */
#ifndef PCRS_READER_INTERNAL_H
#define PCRS_READER_INTERNAL_H

#include <libxml/xmlreader.h>
#include <stdint.h>

#include "buffer.h"
#include "pcrs/pcrs_reader.h"
#include "reader_ids.h"
#include "reader_messages.h"
#include "reader_record.h"
#include "reader_spool.h"

/* Namespaces the reader tells apart. */
typedef enum reader_ns {
    READER_NS_OTHER = 0,
    READER_NS_PCRS,
    READER_NS_PCRS_INFO,
    READER_NS_GML,
    READER_NS_V1
} reader_ns;

typedef struct reader_class_state {
    uint64_t *offsets; /* spool handle of each feature, document order */
    int64_t count, capacity;
    int has_extent;
    double extent[4];
    int has_z;
    double z_range[2];
    int epsg;
    int crs_warned;
} reader_class_state;

/* Direct-mapped cache of property lookups: (class, dictionary name) → index. */
#define READER_PROPERTY_CACHE 256
typedef struct reader_property_cache_entry {
    const xmlChar *name; /* dictionary string: stable while the xmlTextReader lives */
    int class_index;
    int prop;
} reader_property_cache_entry;

typedef struct reader_input {
    const pcrs_io *io;
    void *handle;
    int closed;
    int read_error;
    int eof;
    uint64_t bytes_read;
    unsigned char *buffer; /* READER_INPUT_BUFFER bytes */
    size_t buffer_pos, buffer_size;
} reader_input;

struct pcrs_reader {
    pcrs_reader_options options;
    reader_messages messages;
    char *path;
    char *document_id;
    char *document_version;
    int class_count;
    reader_class_state *classes;
    int64_t total_features;
    reader_spool spool;
    int opened;

    /* ---- parse state, valid during pcrs_reader_open only ---- */
    /* Every identifier met, declared or linked to, as a hash: one table
     * operation per gml:id and per link. */
    reader_ids ids;
    xmlTextReaderPtr xml;
    reader_input input;
    int node_type; /* of the current node, after reader_next() */
    int depth;
    int root_id_seen; /* on_gml_id got the document element's id */
    int64_t text_line; /* line reached by the last text node (for lines past 65535) */
    /* Innermost element handled, for error messages. */
    reader_ns context_ns;
    const xmlChar *context_local;
    /* First fatal libxml2 error. */
    int xml_fatal;
    int64_t xml_error_line;
    char xml_error[512];
    char xml_error_element[128]; /* innermost open element when it happened */
    int saw_dtd, too_deep;
    reader_builder **builders; /* one per nesting level */
    int builder_count;
    pcrs_buffer text;   /* text of the value being read */
    reader_property_cache_entry property_cache[READER_PROPERTY_CACHE];
};

/* Reads the next node; returns 1, 0 at the end, -1 on error. Sets
 * node_type and depth. */
int reader_next(pcrs_reader *r);
/* Line of the current node's start tag. */
int64_t reader_line(pcrs_reader *r);
reader_ns reader_node_ns(pcrs_reader *r);
/* "<pcrs:local>" for known namespaces, else the document's qualified name. */
const char *reader_element_name(pcrs_reader *r, char *out, size_t size);
/* Records the fatal libxml2 error a schema plug kept from the handler
 * (call after xmlTextReaderRead() failed outside reader_next()). */
void reader_collect_parser_error(pcrs_reader *r);
/* Status for a failed reader_next(): IO, HOSTILE or XML with the message. */
pcrs_status reader_xml_failure(pcrs_reader *r);
/* Refuses an element deeper than max_depth (HOSTILE); PCRS_OK otherwise. */
pcrs_status reader_check_depth(pcrs_reader *r);
/* Moves to the next child element of the element at `depth`: returns 1 on a
 * child (depth-checked), 0 at the parent's end tag (*status PCRS_OK) or on
 * failure (*status set). */
int reader_next_child(pcrs_reader *r, int depth, pcrs_status *status);
/* Skips the current element and its content (reader left on its end). */
pcrs_status reader_skip_element(pcrs_reader *r);
/* Value of an attribute of the current element, NULL if absent. */
const char *reader_attribute(pcrs_reader *r, const char *ns_uri, const char *local);

/* Parses the feature element the reader is on (reader_feature.c). `parent`
 * and `parent_prop` are set for a feature nested in a link property; the
 * feature's gml:id (given or generated) is returned in *id (NULL if none),
 * valid until the next feature of the same nesting level. */
pcrs_status reader_parse_feature(pcrs_reader *r, int class_index, int level,
                                 const reader_builder *parent, int parent_prop, const char **id);

#endif
