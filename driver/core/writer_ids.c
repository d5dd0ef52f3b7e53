#include "writer_ids.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

void writer_idset_init(writer_idset *set)
{
    set->slots = NULL;
    set->slot_count = set->count = 0;
}

void writer_idset_free(writer_idset *set)
{
    free(set->slots);
    writer_idset_init(set);
}

static uint64_t mix64(uint64_t x)
{
    /* splitmix64 finaliser: full avalanche. */
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

uint64_t writer_hash(const char *key, size_t len, uint64_t salt)
{
    const unsigned char *p = (const unsigned char *)key;
    uint64_t h = mix64(salt ^ (0x9e3779b97f4a7c15ULL * (len + 1)));
    while (len >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = mix64(h ^ w) + 0x9e3779b97f4a7c15ULL;
        p += 8;
        len -= 8;
    }
    uint64_t tail = 0;
    for (size_t i = 0; i < len; i++)
        tail |= (uint64_t)p[i] << (8 * i);
    h = mix64(h ^ tail ^ ((uint64_t)len << 59));
    return h ? h : 1; /* 0 marks an empty slot */
}

static size_t probe(const writer_idset *set, uint64_t hash)
{
    size_t mask = set->slot_count - 1;
    size_t i = (size_t)hash & mask;
    while (set->slots[i] != 0 && set->slots[i] != hash)
        i = (i + 1) & mask;
    return i;
}

int writer_idset_contains(const writer_idset *set, uint64_t hash)
{
    if (set->slot_count == 0)
        return 0;
    return set->slots[probe(set, hash)] == hash;
}

static int grow(writer_idset *set)
{
    size_t n = set->slot_count ? set->slot_count * 2 : 1024;
    uint64_t *slots = (uint64_t *)calloc(n, sizeof *slots);
    if (!slots)
        return -1;
    writer_idset old = *set;
    set->slots = slots;
    set->slot_count = n;
    for (size_t i = 0; i < old.slot_count; i++) {
        if (old.slots[i])
            set->slots[probe(set, old.slots[i])] = old.slots[i];
    }
    free(old.slots);
    return 0;
}

int writer_idset_insert(writer_idset *set, uint64_t hash)
{
    /* Linear probing stays short up to a load of 3/4. */
    if ((set->count + 1) * 4 > set->slot_count * 3 && grow(set) != 0)
        return -1;
    size_t i = probe(set, hash);
    if (set->slots[i] == hash)
        return 0;
    set->slots[i] = hash;
    set->count++;
    return 1;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

int writer_geometry_id_base(const char *id, size_t len, size_t *base_len)
{
    size_t end = len;
    /* Optional "_<k>" */
    size_t i = end;
    while (i > 0 && is_digit(id[i - 1]))
        i--;
    if (i < end && i > 0 && id[i - 1] == '_')
        end = i - 1;
    /* ".g<n>" */
    i = end;
    while (i > 0 && is_digit(id[i - 1]))
        i--;
    if (i == end || i < 3 || id[i - 1] != 'g' || id[i - 2] != '.')
        return 0;
    *base_len = i - 2;
    return 1;
}

int writer_is_ncname(const char *s)
{
    return s != NULL && s[0] != '\0' && xmlValidateNCName((const xmlChar *)s, 0) == 0;
}

static int ascii_name_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.';
}

int writer_make_ncname(const char *s, pcrs_buffer *out)
{
    pcrs_buffer_reset(out);
    const unsigned char *p = (const unsigned char *)s;
    int starts_ok =
        (p[0] >= 'a' && p[0] <= 'z') || (p[0] >= 'A' && p[0] <= 'Z') || p[0] == '_' || p[0] >= 0x80;
    if (!starts_ok && pcrs_buffer_append_u8(out, '_') != 0)
        return -1;
    for (; *p; p++) {
        /* Bytes of non-ASCII characters are kept: nearly all letters are name characters. */
        unsigned char c = (ascii_name_char(*p) || *p >= 0x80) ? *p : '_';
        if (pcrs_buffer_append_u8(out, c) != 0)
            return -1;
    }
    return pcrs_buffer_append_u8(out, 0);
}
