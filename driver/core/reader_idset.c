/* Identifier set: string arena + open addressing with linear probing. */
#include "reader_idset.h"

#include <stdlib.h>
#include <string.h>

void reader_idset_init(reader_idset *set)
{
    memset(set, 0, sizeof *set);
    pcrs_buffer_init(&set->arena);
}

void reader_idset_free(reader_idset *set)
{
    pcrs_buffer_free(&set->arena);
    free(set->offsets);
    free(set->lengths);
    free(set->slots);
    reader_idset_init(set);
}

/* Eight bytes at a time (ids are 10–60 bytes long): multiply-xorshift,
 * good enough for a power-of-two table. */
static uint32_t hash_key(const char *key, size_t len)
{
    uint64_t h = 0x9E3779B97F4A7C15u ^ len;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, key + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDu;
        h ^= h >> 32;
    }
    uint64_t tail = 0;
    memcpy(&tail, key + i, len - i);
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53u;
    h ^= h >> 29;
    h *= 0x94D049BB133111EBu;
    h ^= h >> 32;
    return (uint32_t)h;
}

static int key_equals(const reader_idset *set, const reader_idset_slot *s, const char *key,
                      size_t len)
{
    const char *stored = (const char *)set->arena.data + s->offset;
    return memcmp(stored, key, len) == 0 && stored[len] == '\0';
}

/* Slot of `key`, or of the empty slot where it would go. */
static size_t probe(const reader_idset *set, const char *key, size_t len, uint32_t hash)
{
    size_t mask = set->slot_count - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const reader_idset_slot *s = &set->slots[slot];
        if (!s->entry || (s->hash == hash && key_equals(set, s, key, len)))
            return slot;
    }
}

int64_t reader_idset_find(const reader_idset *set, const char *key, size_t len)
{
    if (!set->slot_count)
        return -1;
    const reader_idset_slot *s = &set->slots[probe(set, key, len, hash_key(key, len))];
    return s->entry ? (int64_t)s->entry - 1 : -1;
}

static int grow_slots(reader_idset *set)
{
    size_t n = set->slot_count ? set->slot_count * 2 : 1024;
    reader_idset_slot *slots = calloc(n, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < set->slot_count; i++) {
        const reader_idset_slot *s = &set->slots[i];
        if (!s->entry)
            continue;
        size_t slot = s->hash & (n - 1);
        while (slots[slot].entry)
            slot = (slot + 1) & (n - 1);
        slots[slot] = *s;
    }
    free(set->slots);
    set->slots = slots;
    set->slot_count = n;
    return 0;
}

int64_t reader_idset_insert(reader_idset *set, const char *key, size_t len, int *added)
{
    *added = 0;
    uint32_t hash = hash_key(key, len);
    /* Keep the load factor under 1/2. */
    if ((set->count + 1) * 2 > set->slot_count && grow_slots(set) != 0)
        return -1;
    size_t slot = probe(set, key, len, hash);
    if (set->slots[slot].entry)
        return (int64_t)set->slots[slot].entry - 1;
    if (len > UINT32_MAX || set->count >= UINT32_MAX - 1)
        return -1;
    if (set->count == set->capacity) {
        size_t cap = set->capacity ? set->capacity * 2 : 256;
        uint64_t *offsets = realloc(set->offsets, cap * sizeof *offsets);
        if (!offsets)
            return -1;
        set->offsets = offsets;
        uint32_t *lengths = realloc(set->lengths, cap * sizeof *lengths);
        if (!lengths)
            return -1;
        set->lengths = lengths;
        set->capacity = cap;
    }
    uint64_t offset = set->arena.size;
    if (pcrs_buffer_reserve(&set->arena, len + 1) != 0)
        return -1;
    memcpy(set->arena.data + offset, key, len);
    set->arena.data[offset + len] = '\0';
    set->arena.size += len + 1;
    set->offsets[set->count] = offset;
    set->lengths[set->count] = (uint32_t)len;
    reader_idset_slot *s = &set->slots[slot];
    s->hash = hash;
    s->entry = (uint32_t)(set->count + 1);
    s->offset = offset;
    *added = 1;
    return (int64_t)set->count++;
}

const char *reader_idset_key(const reader_idset *set, int64_t entry)
{
    return (const char *)set->arena.data + set->offsets[entry];
}

size_t reader_idset_key_length(const reader_idset *set, int64_t entry)
{
    return set->lengths[entry];
}
