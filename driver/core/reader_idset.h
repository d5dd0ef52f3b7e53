/* Set of identifier strings (internal): a string arena plus an open
 * addressing table. Entries are numbered 0, 1, 2… in insertion order and
 * keep their string until the set is freed, so callers attach data to an
 * entry with a parallel array.
 *
 * Millions of lookups hit tables larger than the caches: a slot holds the
 * hash, the entry number and the string's offset, so that a probe touches
 * one slot line and a hit one arena line. Keys never contain NUL (XML). */
#ifndef PCRS_READER_IDSET_H
#define PCRS_READER_IDSET_H

#include <stddef.h>
#include <stdint.h>

#include "buffer.h"

typedef struct reader_idset_slot {
    uint32_t hash;
    uint32_t entry; /* entry number + 1, 0 = empty */
    uint64_t offset; /* of the NUL-terminated key in the arena */
} reader_idset_slot;

typedef struct reader_idset {
    pcrs_buffer arena;
    uint64_t *offsets; /* per entry */
    uint32_t *lengths; /* per entry */
    size_t count, capacity;
    reader_idset_slot *slots;
    size_t slot_count; /* power of two */
} reader_idset;

void reader_idset_init(reader_idset *set);
void reader_idset_free(reader_idset *set);

/* Entry number of `key`, or -1. */
int64_t reader_idset_find(const reader_idset *set, const char *key, size_t len);

/* Adds `key` if absent. Returns its entry number (the existing one if it was
 * there, with *added = 0), or -1 when memory runs out. */
int64_t reader_idset_insert(reader_idset *set, const char *key, size_t len, int *added);

const char *reader_idset_key(const reader_idset *set, int64_t entry);
size_t reader_idset_key_length(const reader_idset *set, int64_t entry);

#endif
