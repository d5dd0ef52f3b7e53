/* Compiling the PCRS schema for validation, offline: the copies in
 * data/schemas whose imports are relative paths (no network, no XML catalog,
 * no libxml2 global handler: errors go to this parser context only); and
 * validating a document against it on a thread of its own. */
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <stdio.h>
#include <string.h>

#include "pcrs/pcrs_validate.h"
#include "validate_internal.h"

/* Relative to the schemas folder. */
#define SCHEMA_STRICT "pcrs-offline/CNIG_PCRS_v2.0.xsd"
#define SCHEMA_CURRENT "pcrs-offline-current/CNIG_PCRS_v2.0.xsd"

typedef struct parse_errors {
    char *out;
    size_t size;
    int seen;
} parse_errors;

static void on_schema_error(void *user, xmlErrorPtr error)
{
    parse_errors *e = user;
    /* "Skipping import … already imported" and the like are warnings. */
    if (!error || error->level == XML_ERR_WARNING || e->seen)
        return;
    e->seen = 1;
    const char *msg = error->message ? error->message : "schema error";
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        n--;
    snprintf(e->out, e->size, "%s:%d: %.*s", error->file ? error->file : "?", error->line, (int)n,
             msg);
}

void *pcrs_validate_schema_load(const char *schemas_dir, int gml_3_2_2, char *err, size_t err_size)
{
    char scratch[16];
    if (!err || !err_size) {
        err = scratch;
        err_size = sizeof scratch;
    }
    err[0] = '\0';
    if (!schemas_dir) {
        snprintf(err, err_size, "no schemas folder given");
        return NULL;
    }
    char path[4096];
    int n = snprintf(path, sizeof path, "%s/%s", schemas_dir, gml_3_2_2 ? SCHEMA_CURRENT : SCHEMA_STRICT);
    if (n < 0 || (size_t)n >= sizeof path) {
        snprintf(err, err_size, "schemas folder path too long");
        return NULL;
    }
    FILE *probe = fopen(path, "rb");
    if (!probe) {
        snprintf(err, err_size, "%s: schema not found", path);
        return NULL;
    }
    fclose(probe);
    xmlSchemaParserCtxtPtr ctxt = xmlSchemaNewParserCtxt(path);
    if (!ctxt) {
        snprintf(err, err_size, "%s: out of memory", path);
        return NULL;
    }
    parse_errors errors = {err, err_size, 0};
    xmlSchemaSetParserStructuredErrors(ctxt, on_schema_error, &errors);
    xmlSchemaPtr schema = xmlSchemaParse(ctxt);
    xmlSchemaFreeParserCtxt(ctxt);
    if (!schema && !errors.seen)
        snprintf(err, err_size, "%s: the schema does not compile", path);
    if (schema)
        err[0] = '\0';
    return schema;
}

void pcrs_validate_schema_free(void *schema)
{
    if (schema)
        xmlSchemaFree(schema);
}

/* ---- the schema on its own thread (pcrs_validate --jobs 2) ---- */

static void keep_schema_message(void *user, pcrs_msg_level level, pcrs_status code,
                                const char *message)
{
    validate_schema_pass *pass = user;
    /* Its other messages (failure, recoverable XML errors) are the feature
     * reader's too: the caller keeps those. */
    if (level != PCRS_MSG_ERROR || code != PCRS_ERR_SCHEMA || !message)
        return;
    if (pass->count >= pass->limit ||
        pcrs_buffer_append(&pass->messages, message, strlen(message) + 1) != 0) {
        pass->overflow = 1;
        return;
    }
    pass->count++;
}

static void *run_schema_pass(void *user)
{
    validate_schema_pass *pass = user;
    pass->status = pcrs_reader_open(pass->reader, pass->path);
    return NULL;
}

int validate_schema_pass_start(validate_schema_pass *pass, const pcrs_validator *v,
                               const char *path, size_t limit)
{
    memset(pass, 0, sizeof *pass);
    pcrs_buffer_init(&pass->messages);
    pass->path = path;
    pass->limit = limit;
    pcrs_reader_options ro;
    pcrs_reader_options_init(&ro);
    ro.io = v->options.io;
    ro.xml_schema = v->options.xml_schema;
    ro.schema_only = 1;
    ro.on_message = keep_schema_message;
    ro.message_user = pass;
    pass->reader = pcrs_reader_create(&ro);
    if (!pass->reader)
        return -1;
    /* libxml2 must be initialised before a second thread uses it (a no-op
     * once done; global handlers are left alone). */
    xmlInitParser();
    if (pthread_create(&pass->thread, NULL, run_schema_pass, pass) != 0) {
        validate_schema_pass_free(pass);
        return -1;
    }
    pass->started = 1;
    return 0;
}

void validate_schema_pass_join(validate_schema_pass *pass)
{
    if (pass->started)
        pthread_join(pass->thread, NULL);
    pass->started = 0;
}

const char *validate_schema_pass_next(const validate_schema_pass *pass, size_t *offset)
{
    if (*offset >= pass->messages.size)
        return NULL;
    const char *message = (const char *)pass->messages.data + *offset;
    *offset += strlen(message) + 1;
    return message;
}

void validate_schema_pass_free(validate_schema_pass *pass)
{
    validate_schema_pass_join(pass);
    pcrs_reader_destroy(pass->reader);
    pass->reader = NULL;
    pcrs_buffer_free(&pass->messages);
}
