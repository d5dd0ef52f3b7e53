/* Identifier table of the reader (internal): 64-bit hashes of gml:id
 * strings mapped to a 32-bit value, without the strings themselves. A
 * million identifiers cost 12 MiB instead of ~90 MiB with their text; the
 * text of an identifier is re-read from the feature spool in the rare case
 * a message needs it. Two distinct identifiers share a hash with a
 * probability of about n²/2⁶⁵ (3·10⁻⁸ for a million), which at worst turns
 * a dangling link into a resolved one or reports a false duplicate. */
#ifndef PCRS_READER_IDHASH_H
#define PCRS_READER_IDHASH_H

#include <stddef.h>
#include <stdint.h>

/* 12 bytes: one cache line holds five slots, a probe rarely needs two. */
typedef struct reader_idhash_slot {
    uint32_t hash_low, hash_high; /* both 0: empty */
    uint32_t value;
} reader_idhash_slot;

typedef struct reader_idhash {
    reader_idhash_slot *slots;
    size_t slot_count; /* power of two */
    size_t count;
} reader_idhash;

void reader_idhash_init(reader_idhash *table);
void reader_idhash_free(reader_idhash *table);

/* Hash of an identifier (never 0). */
uint64_t reader_idhash_key(const char *id, size_t len);

/* The value of `key`, added (value 0, *added = 1) if absent. The pointer is
 * valid until the next insertion. NULL when memory runs out. */
uint32_t *reader_idhash_insert(reader_idhash *table, uint64_t key, int *added);

/* Starts loading the slot of `key` into the cache: an insertion that comes
 * later (after the feature is read) then does not wait for memory. */
void reader_idhash_prefetch(const reader_idhash *table, uint64_t key);

/* The value of `key`, or NULL if absent. */
uint32_t *reader_idhash_find(const reader_idhash *table, uint64_t key);

#endif
