/* The gml:ids of geometries and of the document element, for the
 * uniqueness rule (see validate_gml_ids.h). */
#include "validate_gml_ids.h"

#include <stdlib.h>
#include <string.h>

void validate_gml_ids_init(validate_gml_ids *ids)
{
    memset(ids, 0, sizeof *ids);
    reader_idhash_init(&ids->first);
    pcrs_buffer_init(&ids->text);
}

void validate_gml_ids_free(validate_gml_ids *ids)
{
    reader_idhash_free(&ids->first);
    free(ids->repeats);
    pcrs_buffer_free(&ids->text);
    validate_gml_ids_init(ids);
}

void validate_gml_ids_reset(validate_gml_ids *ids) { validate_gml_ids_free(ids); }

static uint32_t stored_line(int64_t line)
{
    if (line < 1)
        return 1; /* 0 marks a slot just added */
    return line > (int64_t)UINT32_MAX ? UINT32_MAX : (uint32_t)line;
}

static void add_repeat(validate_gml_ids *ids, uint64_t key, const char *id, size_t len, int64_t line)
{
    if (ids->repeat_count == ids->repeat_capacity) {
        size_t cap = ids->repeat_capacity ? ids->repeat_capacity * 2 : 64;
        validate_gml_id_repeat *r = realloc(ids->repeats, cap * sizeof *r);
        if (!r) {
            ids->failed = 1;
            return;
        }
        ids->repeats = r;
        ids->repeat_capacity = cap;
    }
    size_t offset = ids->text.size;
    if (pcrs_buffer_append(&ids->text, id, len) != 0 || pcrs_buffer_append_u8(&ids->text, 0) != 0) {
        ids->failed = 1;
        return;
    }
    ids->repeats[ids->repeat_count++] = (validate_gml_id_repeat){key, line, offset};
}

void validate_gml_ids_observe(void *user, const char *id, int64_t line)
{
    validate_gml_ids *ids = user;
    size_t len = strlen(id);
    if (len == 0)
        return; /* not an identifier: the XSD says it */
    uint64_t key = reader_idhash_key(id, len);
    int added;
    uint32_t *first = reader_idhash_insert(&ids->first, key, &added);
    if (!first) {
        ids->failed = 1;
        return;
    }
    if (added)
        *first = stored_line(line);
    else
        add_repeat(ids, key, id, len, line);
}

int64_t validate_gml_ids_first_line(const validate_gml_ids *ids, const char *id, size_t len)
{
    if (ids->first.count == 0)
        return 0;
    const uint32_t *first = reader_idhash_find(&ids->first, reader_idhash_key(id, len));
    return first ? *first : 0;
}
