/* Identifier table: open addressing with linear probing on 64-bit hashes. */
#include "reader_idhash.h"

#include <stdlib.h>
#include <string.h>

/* Grown past 3/4: with whole keys in the slots a probe costs a compare, so
 * a dense table is cheaper than a large one. */
#define MAX_LOAD_NUM 3
#define MAX_LOAD_DEN 4
#define INITIAL_SLOTS 1024

void reader_idhash_init(reader_idhash *table) { memset(table, 0, sizeof *table); }

void reader_idhash_free(reader_idhash *table)
{
    free(table->slots);
    reader_idhash_init(table);
}

static uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDu;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53u;
    h ^= h >> 33;
    return h;
}

/* Eight bytes at a time, each word folded in by a multiply-rotate round
 * (identifiers differ mostly in their last digits). */
uint64_t reader_idhash_key(const char *id, size_t len)
{
    uint64_t h = 0x9E3779B97F4A7C15u ^ ((uint64_t)len * 0xD6E8FEB86659FD93u);
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, id + i, 8);
        h ^= w * 0x87C37B91114253D5u;
        h = (h << 31 | h >> 33) * 0x4CF5AD432745937Fu;
    }
    if (i < len) {
        uint64_t w = 0;
        memcpy(&w, id + i, len - i);
        h ^= w * 0x87C37B91114253D5u;
        h = (h << 31 | h >> 33) * 0x4CF5AD432745937Fu;
    }
    h = mix(h);
    return h ? h : 1;
}

static size_t home_slot(const reader_idhash *table, uint64_t key)
{
    return (size_t)(key ^ key >> 32) & (table->slot_count - 1);
}

void reader_idhash_prefetch(const reader_idhash *table, uint64_t key)
{
#if defined(__GNUC__)
    if (table->slot_count)
        __builtin_prefetch(&table->slots[home_slot(table, key)], 1);
#else
    (void)table;
    (void)key;
#endif
}

static int slot_is(const reader_idhash_slot *s, uint64_t key)
{
    return s->hash_low == (uint32_t)key && s->hash_high == (uint32_t)(key >> 32);
}

static int slot_empty(const reader_idhash_slot *s) { return !s->hash_low && !s->hash_high; }

/* Slot of `key`, or the empty slot where it would go. */
static reader_idhash_slot *probe(const reader_idhash *table, uint64_t key)
{
    size_t mask = table->slot_count - 1;
    for (size_t i = home_slot(table, key);; i = (i + 1) & mask) {
        reader_idhash_slot *s = &table->slots[i];
        if (slot_empty(s) || slot_is(s, key))
            return s;
    }
}

static int grow(reader_idhash *table)
{
    size_t n = table->slot_count ? table->slot_count * 2 : INITIAL_SLOTS;
    if (n > SIZE_MAX / sizeof(reader_idhash_slot))
        return -1;
    reader_idhash_slot *slots = calloc(n, sizeof *slots);
    if (!slots)
        return -1;
    reader_idhash bigger = {slots, n, table->count};
    for (size_t i = 0; i < table->slot_count; i++) {
        const reader_idhash_slot *s = &table->slots[i];
        if (!slot_empty(s))
            *probe(&bigger, (uint64_t)s->hash_high << 32 | s->hash_low) = *s;
    }
    free(table->slots);
    *table = bigger;
    return 0;
}

uint32_t *reader_idhash_insert(reader_idhash *table, uint64_t key, int *added)
{
    *added = 0;
    if ((table->count + 1) * MAX_LOAD_DEN > table->slot_count * MAX_LOAD_NUM && grow(table) != 0)
        return NULL;
    reader_idhash_slot *s = probe(table, key);
    if (slot_empty(s)) {
        s->hash_low = (uint32_t)key;
        s->hash_high = (uint32_t)(key >> 32);
        s->value = 0;
        table->count++;
        *added = 1;
    }
    return &s->value;
}

uint32_t *reader_idhash_find(const reader_idhash *table, uint64_t key)
{
    if (!table->slot_count)
        return NULL;
    reader_idhash_slot *s = probe(table, key);
    return slot_empty(s) ? NULL : &s->value;
}
