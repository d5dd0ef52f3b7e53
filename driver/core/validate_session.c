/* A validation session: options, the findings' way out, and the run on a
 * file (one reader pass with the schema, or the schema on a second thread
 * and stream; then the rules) or on a reader the caller already opened. */
#if !defined(_WIN32) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L /* localtime_r */
#endif
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "validate_internal.h"
#include "gml_geometry.h"
#include "validate_messages.h"

/* The rules read every feature once, in order: a small in-memory spool
 * (the rest in a temporary file) keeps memory low at little cost. */
#define VALIDATE_SPOOL_MEMORY ((size_t)16 << 20)

void pcrs_validate_options_init(pcrs_validate_options *o)
{
    if (!o)
        return;
    memset(o, 0, sizeof *o);
    o->version = PCRS_VALIDATE_OPTIONS_VERSION;
}

static int system_today(void)
{
    time_t now = time(NULL);
    struct tm tm;
#if defined(_WIN32)
    localtime_s(&tm, &now);
#else
    localtime_r(&now, &tm);
#endif
    return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

pcrs_validator *pcrs_validator_create(const pcrs_validate_options *options)
{
    pcrs_validator *v = calloc(1, sizeof *v);
    if (!v)
        return NULL;
    pcrs_validate_options_init(&v->options);
    if (options) {
        v->options = *options;
        v->options.version = PCRS_VALIDATE_OPTIONS_VERSION;
    }
    if (v->options.today_year > 0)
        v->today = v->options.today_year * 10000 + v->options.today_month * 100 +
                   v->options.today_day;
    else
        v->today = system_today();
    validate_wkb_init(&v->wkb);
    validate_gml_ids_init(&v->gml_ids);
    pcrs_buffer_init(&v->scratch);
    pcrs_buffer_init(&v->held_text);
    if (validate_values_prepare(v) != 0) {
        pcrs_validator_destroy(v);
        return NULL;
    }
    return v;
}

void pcrs_validator_destroy(pcrs_validator *v)
{
    if (!v)
        return;
    validate_values_free(v);
    validate_raster_free(v);
    validate_wkb_free(&v->wkb);
    validate_gml_ids_free(&v->gml_ids);
    pcrs_buffer_free(&v->scratch);
    pcrs_buffer_free(&v->held_text);
    free(v->held);
    free(v);
}

pcrs_finding validate_finding(int rule, const char *path)
{
    pcrs_finding f;
    memset(&f, 0, sizeof f);
    f.rule = rule;
    f.file = path;
    return f;
}

void validate_emit(pcrs_validator *v, const pcrs_finding *f)
{
    if (v->options.on_finding)
        v->options.on_finding(v->options.finding_user, f);
    if (v->options.report)
        pcrs_report_add(v->options.report, f);
}

void pcrs_validator_report_input(pcrs_validator *v, const char *path, const char *rule_code,
                                 const char *detail)
{
    int rule = pcrs_rule_find(rule_code);
    if (!v || rule < 0)
        return;
    pcrs_finding f = validate_finding(rule, path);
    f.detail = detail;
    validate_emit(v, &f);
}

pcrs_status pcrs_validator_check_reader(pcrs_validator *v, pcrs_reader *reader)
{
    if (!v || !reader)
        return PCRS_ERR_ARG;
    v->path = pcrs_reader_path(reader);
    pcrs_status st = validate_document(v, reader);
    v->path = NULL;
    return st;
}

void pcrs_validator_set_jobs(pcrs_validator *v, int jobs)
{
    if (v)
        v->options.jobs = jobs;
}

static pcrs_reader *create_reader(pcrs_validator *v, void *xml_schema)
{
    pcrs_reader_options ro;
    pcrs_reader_options_init(&ro);
    ro.io = v->options.io;
    ro.crs_is_lat_long_order = v->options.crs_is_lat_long_order;
    ro.crs_user = v->options.crs_user;
    ro.xml_schema = xml_schema;
    ro.spool_memory_limit = VALIDATE_SPOOL_MEMORY;
    ro.on_message = validate_on_reader_message;
    ro.message_user = v;
    ro.on_gml_id = pcrs_validator_on_gml_id;
    ro.gml_id_user = v;
    return pcrs_reader_create(&ro);
}

/* Reads the features (and the schema, if the reader has it). */
static pcrs_status read_document(pcrs_validator *v, pcrs_reader *reader, const char *path)
{
    validate_messages_begin(v, path);
    validate_gml_ids_reset(&v->gml_ids);
    return pcrs_reader_open(reader, path);
}

/* Forgets what read_document() held (nothing was emitted yet). */
static void discard_document(pcrs_validator *v, pcrs_reader *reader)
{
    validate_messages_end(v);
    validate_gml_ids_reset(&v->gml_ids);
    pcrs_reader_destroy(reader);
}

/* The held findings, then the rules; `st` is the open's status. */
static pcrs_status finish_document(pcrs_validator *v, pcrs_reader *reader, const char *path,
                                   pcrs_status st)
{
    if (st != PCRS_OK) {
        validate_messages_open_failed(v, st, pcrs_reader_errmsg(reader));
        pcrs_report_add_file(v->options.report, path, "unreadable", -1);
    } else {
        pcrs_report_add_file(v->options.report, path, "pcrs",
                             pcrs_reader_total_feature_count(reader));
        st = validate_messages_flush(v, reader);
        if (st == PCRS_OK)
            st = validate_document(v, reader);
    }
    discard_document(v, reader);
    return st;
}

static pcrs_status check_file_one_pass(pcrs_validator *v, const char *path)
{
    pcrs_reader *reader = create_reader(v, v->options.xml_schema);
    if (!reader)
        return PCRS_ERR_NOMEM;
    pcrs_status st = read_document(v, reader, path);
    return finish_document(v, reader, path, st);
}

/* The schema on a second thread and stream, the features on this one; the
 * schema messages then join the feature reader's as if one reader had sent
 * them all (the report is sorted by line: arrival order does not show).
 * Returns -1, with nothing emitted, when the result could differ from one
 * pass: a stream stopped elsewhere (unreadable second open, failures of
 * different kinds), or more messages than one pass completes with their
 * feature (it completes the first ones in arrival order, which two streams
 * cannot tell). The feature reader alone holds few: its warnings are
 * rate-limited per kind, class and property. */
static int check_file_two_streams(pcrs_validator *v, const char *path, pcrs_status *result)
{
    validate_schema_pass pass;
    if (validate_schema_pass_start(&pass, v, path, VALIDATE_HELD_MAX) != 0)
        return -1;
    pcrs_reader *reader = create_reader(v, NULL);
    pcrs_status st = reader ? read_document(v, reader, path) : PCRS_ERR_NOMEM;
    validate_schema_pass_join(&pass);
    if (!reader || pass.status != st || pass.overflow || v->held_overflow ||
        v->held_count + pass.count > VALIDATE_HELD_MAX) {
        if (reader)
            discard_document(v, reader);
        validate_schema_pass_free(&pass);
        return -1;
    }
    size_t offset = 0;
    const char *message;
    while ((message = validate_schema_pass_next(&pass, &offset)) != NULL)
        validate_on_reader_message(v, PCRS_MSG_ERROR, PCRS_ERR_SCHEMA, message);
    validate_schema_pass_free(&pass);
    *result = finish_document(v, reader, path, st);
    return 0;
}

pcrs_status pcrs_validator_check_file(pcrs_validator *v, const char *path)
{
    if (!v || !path)
        return PCRS_ERR_ARG;
    pcrs_status st;
    if (v->options.jobs >= 2 && v->options.xml_schema &&
        check_file_two_streams(v, path, &st) == 0)
        return st;
    return check_file_one_pass(v, path);
}

/* ---- the driver's VALIDATE=YES ---- */

static void emit_line(void *user, const pcrs_finding *f)
{
    const pcrs_validator *v = user;
    char line[8192];
    v->lines_emit(v->lines_user, pcrs_rule_at(f->rule)->severity,
                  pcrs_finding_format(f, v->lines_lang, line, sizeof line));
}

pcrs_validator *pcrs_validator_create_lines(
    pcrs_lang lang, void *xml_schema,
    int (*geometry_is_valid)(void *user, const unsigned char *wkb, size_t size, char *reason,
                             size_t reason_size, double *x, double *y),
    void *geometry_user, void (*emit)(void *user, pcrs_severity severity, const char *line),
    void *emit_user)
{
    if (!emit)
        return NULL;
    pcrs_validate_options o;
    pcrs_validate_options_init(&o);
    o.xml_schema = xml_schema; /* only tells that the XSD ran */
    o.geometry_is_valid = geometry_is_valid;
    o.geometry_user = geometry_user;
    o.on_finding = emit_line;
    pcrs_validator *v = pcrs_validator_create(&o);
    if (!v)
        return NULL;
    v->options.finding_user = v;
    v->lines_lang = lang;
    v->lines_emit = emit;
    v->lines_user = emit_user;
    return v;
}

void pcrs_validator_on_gml_id(void *validator, const char *id, int64_t line)
{
    pcrs_validator *v = validator;
    validate_gml_ids_observe(&v->gml_ids, id, line);
}

pcrs_status pcrs_validate_reader_lines(
    pcrs_reader *reader, pcrs_lang lang, void *xml_schema,
    int (*geometry_is_valid)(void *user, const unsigned char *wkb, size_t size, char *reason,
                             size_t reason_size, double *x, double *y),
    void *geometry_user, void (*emit)(void *user, pcrs_severity severity, const char *line),
    void *emit_user)
{
    if (!reader || !emit)
        return PCRS_ERR_ARG;
    pcrs_validator *v =
        pcrs_validator_create_lines(lang, xml_schema, geometry_is_valid, geometry_user, emit, emit_user);
    if (!v)
        return PCRS_ERR_NOMEM;
    pcrs_status st = pcrs_validator_check_reader(v, reader);
    pcrs_validator_destroy(v);
    return st;
}
