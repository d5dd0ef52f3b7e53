/* Feature records of the reader (internal): a builder collects one
 * feature's values while its XML is read (properties in any order, several
 * builders for nested features), then serializes them, properties in model
 * order, as one record for the spool. pcrs_feature (pcrs_reader.h) decodes a
 * record in place: values are pointers into its own buffer.
 *
 * Layout (counts little-endian u32, typed values in native order):
 *   u32 total size | u32 class | i64 line | u32 id length + 1 (0: none),
 *   id bytes, NUL | u32 property count | per property: u32 value count, per
 *   value: u32 length, bytes, NUL, then 8 bytes for INTEGER (int64), REAL
 *   (double), DATE (i32 year, u8 month, u8 day, 2 zero bytes) |
 *   i32 epsg | u32 WKB size, WKB bytes. */
#ifndef PCRS_READER_RECORD_H
#define PCRS_READER_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "buffer.h"
#include "pcrs/pcrs_reader.h"
#include "reader_ids.h"

typedef union reader_typed {
    int64_t integer;
    double real;
    struct {
        int32_t year;
        uint8_t month, day;
    } date;
} reader_typed;

typedef struct reader_value {
    int prop;
    uint32_t text_length;
    size_t text_offset; /* in the builder's text arena */
    reader_typed typed;
} reader_value;

typedef struct reader_builder {
    int class_index;
    const pcrs_class *cls;
    int64_t line;
    int64_t slot;        /* index reserved in the class's offsets */
    int has_id;
    size_t id_offset;    /* gml:id in the text arena */
    uint32_t id_length;
    uint64_t id_key;     /* reader_ids_key() of the gml:id, declared when the feature ends */
    reader_link_ref *links; /* link values, checked when the feature ends */
    size_t link_count, link_capacity;
    pcrs_buffer text;    /* value texts, each NUL-terminated */
    reader_value *values;
    size_t value_count, value_capacity;
    int *counts;         /* values per property */
    unsigned char *seen; /* property element met (even if its value was dropped) */
    int property_capacity;
    int has_geometry;
    int epsg;
    pcrs_buffer wkb;
    uint32_t *order;     /* serialization scratch */
    size_t record_size;
    size_t order_capacity;
} reader_builder;

void reader_builder_init(reader_builder *b);
void reader_builder_free(reader_builder *b);
/* Starts a feature of class `class_index`. 0, or -1 out of memory. */
int reader_builder_start(reader_builder *b, int class_index, int64_t line);
int reader_builder_set_id(reader_builder *b, const char *id, size_t len);
/* Keeps a link value's reference for the end of the feature. 0 or -1. */
int reader_builder_add_link_ref(reader_builder *b, const reader_link_ref *ref);
const char *reader_builder_id(const reader_builder *b); /* NULL if none */
/* Adds a value to property `prop`; `typed` may be NULL for text-only types. */
int reader_builder_add(reader_builder *b, int prop, const char *text, size_t len,
                       const reader_typed *typed);
/* Size of the feature's record (0, or -1 when memory runs out or the record
 * would exceed 4 GiB), then the record itself, written to `size` bytes at
 * `out` (the size must have been computed after the last change). */
int reader_builder_record_size(reader_builder *b, size_t *size);
void reader_builder_write(const reader_builder *b, unsigned char *out);

/* The buffer a record is read into, and its decoding (0, or -1 if corrupt). */
pcrs_buffer *reader_feature_buffer(pcrs_feature *f);
int reader_feature_decode(pcrs_feature *f, int64_t index);
void reader_feature_clear(pcrs_feature *f);

#endif
