/* Declared identifiers and pending links, on a table of hashes. */
#include "reader_ids.h"

#include <stdlib.h>
#include <string.h>

/* Table values: a declared id keeps its line (saturated), an id only linked
 * to keeps the index of its first link in `pending`. */
#define DECLARED 0x80000000u
#define LINE_MAX_STORED 0x7FFFFFFF

void reader_ids_init(reader_ids *ids)
{
    memset(ids, 0, sizeof *ids);
    reader_idhash_init(&ids->table);
}

void reader_ids_free(reader_ids *ids)
{
    reader_idhash_free(&ids->table);
    free(ids->pending);
    reader_ids_init(ids);
}

static uint32_t declared_value(int64_t line)
{
    if (line < 1)
        line = 1; /* 0 would read as "not a duplicate" */
    return DECLARED | (uint32_t)(line > LINE_MAX_STORED ? LINE_MAX_STORED : line);
}

uint64_t reader_ids_key(const reader_ids *ids, const char *id, size_t len)
{
    uint64_t key = reader_idhash_key(id, len);
    reader_idhash_prefetch(&ids->table, key);
    return key;
}

int reader_ids_declare(reader_ids *ids, uint64_t key, int64_t line, int64_t *first_line)
{
    *first_line = 0;
    int added;
    uint32_t *value = reader_idhash_insert(&ids->table, key, &added);
    if (!value)
        return -1;
    if (!added && (*value & DECLARED)) {
        *first_line = *value & ~DECLARED;
        return 0;
    }
    *value = declared_value(line);
    return 0;
}

int reader_ids_link(reader_ids *ids, const reader_link_ref *ref)
{
    int added;
    uint32_t *value = reader_idhash_insert(&ids->table, ref->target, &added);
    if (!value)
        return -1;
    if (!added)
        return 0; /* declared already, or its first link is known */
    if (ids->pending_count >= DECLARED - 1)
        return -1;
    if (ids->pending_count == ids->pending_capacity) {
        size_t cap = ids->pending_capacity ? ids->pending_capacity * 2 : 256;
        reader_link_ref *p = realloc(ids->pending, cap * sizeof *p);
        if (!p)
            return -1;
        ids->pending = p;
        ids->pending_capacity = cap;
    }
    *value = (uint32_t)ids->pending_count;
    ids->pending[ids->pending_count++] = *ref;
    return 0;
}

const reader_link_ref *reader_ids_next_dangling(const reader_ids *ids, size_t *cursor)
{
    while (*cursor < ids->pending_count) {
        size_t i = (*cursor)++;
        const reader_link_ref *ref = &ids->pending[i];
        const uint32_t *value = reader_idhash_find(&ids->table, ref->target);
        /* Declared later: the value became a line. */
        if (value && *value == (uint32_t)i)
            return ref;
    }
    return NULL;
}
