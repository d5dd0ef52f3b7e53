/* Identifier bookkeeping of the writer (internal): a set of 64-bit string
 * hashes in the reader's table (12-byte slots, not the strings: memory stays small
 * whatever the number of features; two distinct identifiers share a hash
 * with probability ~n²/2^65), and NCName checks for gml:id. */
#ifndef PCRS_WRITER_IDS_H
#define PCRS_WRITER_IDS_H

#include <stddef.h>
#include <stdint.h>

#include "buffer.h"
#include "reader_idhash.h"

/* The reader's table of identifier hashes, without its values. */
typedef struct writer_idset {
    reader_idhash table;
} writer_idset;

void writer_idset_init(writer_idset *set);
void writer_idset_free(writer_idset *set);

/* `salt` separates namespaces of identifiers sharing one set. */
uint64_t writer_hash(const char *key, size_t len, uint64_t salt);
/* 1 if present. */
int writer_idset_contains(const writer_idset *set, uint64_t hash);
/* Adds a hash: 1 added, 0 already present, -1 out of memory. */
int writer_idset_insert(writer_idset *set, uint64_t hash);

/* Geometry objects get the gml:id "<feature id>.g<n>" (or "…_<k>" when that
 * is taken), and are not remembered: an id of that form is taken when its
 * <feature id> is. Returns 1 and the length of <feature id> if `id` has that
 * form, else 0. */
int writer_geometry_id_base(const char *id, size_t len, size_t *base_len);

/* 1 if `s` is an XML NCName (what xs:ID requires of gml:id). */
int writer_is_ncname(const char *s);

/* Makes an NCName out of a non-empty string deterministically (so that ids
 * and the links to them stay consistent): invalid characters become '_',
 * and '_' goes in front of a string that cannot start a name. Replaces
 * the content of `out` with a NUL-terminated string. 0 or -1 (memory). */
int writer_make_ncname(const char *s, pcrs_buffer *out);

#endif
