#include "writer_ids.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

void writer_idset_init(writer_idset *set) { reader_idhash_init(&set->table); }

void writer_idset_free(writer_idset *set) { reader_idhash_free(&set->table); }

uint64_t writer_hash(const char *key, size_t len, uint64_t salt)
{
    /* The reader's identifier hash (full avalanche), moved by the salt. */
    uint64_t h = reader_idhash_key(key, len) ^ salt * 0x9E3779B97F4A7C15ULL;
    return h ? h : 1;
}

int writer_idset_contains(const writer_idset *set, uint64_t hash)
{
    return reader_idhash_find(&set->table, hash) != NULL;
}

int writer_idset_insert(writer_idset *set, uint64_t hash)
{
    int added;
    return reader_idhash_insert(&set->table, hash, &added) ? added : -1;
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
