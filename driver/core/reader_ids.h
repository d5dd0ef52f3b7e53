/* Identifiers and links of the document being read (internal): which
 * gml:ids were declared (and at which line, for duplicate messages), and
 * for every identifier only linked to so far, where its first link is, as
 * (class, feature index, property, value index) so that the message about a
 * dangling link re-reads the texts from the feature spool. No identifier
 * text is kept (reader_idhash.h). */
#ifndef PCRS_READER_IDS_H
#define PCRS_READER_IDS_H

#include <stddef.h>
#include <stdint.h>

#include "reader_idhash.h"

/* A link value whose target was not declared when it was read. */
typedef struct reader_link_ref {
    uint64_t target;     /* reader_idhash_key() of the target */
    int64_t line;        /* of the link element */
    int64_t feature;     /* owner: index in its class */
    uint32_t value;      /* index of the value in the owner's property */
    uint16_t class_index;
    uint16_t prop;
} reader_link_ref;

typedef struct reader_ids {
    reader_idhash table;  /* values: DECLARED | line, or index in pending */
    reader_link_ref *pending; /* first link to each not-yet-declared id, document order */
    size_t pending_count, pending_capacity;
} reader_ids;

void reader_ids_init(reader_ids *ids);
void reader_ids_free(reader_ids *ids);

/* Key of an identifier's text (reader_idhash_key), its slot prefetched:
 * callers compute it when they meet the id and declare or link later. */
uint64_t reader_ids_key(const reader_ids *ids, const char *id, size_t len);

/* Declares the id of key `key` at `line`. *first_line: 0, or the line of
 * the earlier declaration if the id is a duplicate. 0, or -1 when memory
 * runs out. */
int reader_ids_declare(reader_ids *ids, uint64_t key, int64_t line, int64_t *first_line);

/* A link to the id of key ref->target. 0, or -1 out of memory. */
int reader_ids_link(reader_ids *ids, const reader_link_ref *ref);

/* The first link of each identifier never declared, in document order:
 * call with *cursor = 0 until it returns NULL. */
const reader_link_ref *reader_ids_next_dangling(const reader_ids *ids, size_t *cursor);

#endif
