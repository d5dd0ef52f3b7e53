/* gml:id unique in the whole document (B.1.2, PCRS-ID-001) beyond the
 * features: the ids of geometries (and of their parts) and of the document
 * element, which the reader does not keep. They arrive from the geometry
 * parser during the reading (the reader's on_gml_id option) and are kept as hashes
 * with their first line; their later occurrences keep their text, for the
 * message. The features' ids are compared with them during the rules'
 * pass (validate_document.c). */
#ifndef PCRS_VALIDATE_GML_IDS_H
#define PCRS_VALIDATE_GML_IDS_H

#include <stdint.h>

#include "buffer.h"
#include "reader_idhash.h"

/* An occurrence after the first among geometries and the document element. */
typedef struct validate_gml_id_repeat {
    uint64_t key;
    int64_t line;
    size_t text; /* offset in validate_gml_ids.text */
} validate_gml_id_repeat;

typedef struct validate_gml_ids {
    reader_idhash first; /* key → line of the first occurrence (clamped to UINT32_MAX) */
    validate_gml_id_repeat *repeats;
    size_t repeat_count, repeat_capacity;
    pcrs_buffer text;
    int failed; /* out of memory: the rule is incomplete */
} validate_gml_ids;

void validate_gml_ids_init(validate_gml_ids *ids);
void validate_gml_ids_free(validate_gml_ids *ids);
/* Forgets the previous document. */
void validate_gml_ids_reset(validate_gml_ids *ids);

/* The observer (pcrs_gml_id_fn): `user` is the validate_gml_ids. */
void validate_gml_ids_observe(void *user, const char *id, int64_t line);

/* Line of the first geometry or document element with this id, 0 if none. */
int64_t validate_gml_ids_first_line(const validate_gml_ids *ids, const char *id, size_t len);

#endif
