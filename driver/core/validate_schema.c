/* Compiling the PCRS schema for validation, offline: the copies in
 * data/schemas whose imports are relative paths (no network, no XML catalog,
 * no libxml2 global handler: errors go to this parser context only). */
#include <libxml/xmlschemas.h>
#include <stdio.h>
#include <string.h>

#include "pcrs/pcrs_validate.h"

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
