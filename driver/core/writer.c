/* The writer's lifecycle: options, messages, open, finish, destroy. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pcrs/pcrs_writer.h"
#include "writer_internal.h"

#define DEFAULT_SPOOL_MEMORY ((size_t)16 << 20)

/* ---- Messages ---- */

void writer_message(pcrs_writer *writer, pcrs_msg_level level, pcrs_status code, const char *format, ...)
{
    if (!writer->on_message)
        return;
    char message[2048];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    writer->on_message(writer->message_user, level, code, message);
}

pcrs_status writer_fail(pcrs_writer *writer, pcrs_status code, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(writer->errmsg, sizeof writer->errmsg, format, args);
    va_end(args);
    if (writer->on_message)
        writer->on_message(writer->message_user, PCRS_MSG_ERROR, code, writer->errmsg);
    return code;
}

pcrs_status writer_condemn(pcrs_writer *writer, pcrs_status code)
{
    if (writer->state != WRITER_FAILED) {
        writer->state = WRITER_FAILED;
        writer->status = code;
    }
    return code;
}

/* ---- Body spool as a libxml2 output ---- */

/* Failures are recorded on the writer (spool.error, io_failed) rather than
 * returned: libxml2 would report them through its global error handler,
 * which belongs to the host application. */
static int body_write(void *context, const char *buffer, int len)
{
    pcrs_writer *writer = (pcrs_writer *)context;
    if (len <= 0)
        return len;
    if (writer->patch)
        writer_output_write(writer, buffer, (size_t)len);
    else if (!writer->spool.error[0])
        writer_spool_write(&writer->spool, buffer, (size_t)len);
    return len;
}

/* ---- Lifecycle ---- */

void pcrs_writer_options_init(pcrs_writer_options *options)
{
    memset(options, 0, sizeof *options);
    options->version = PCRS_WRITER_OPTIONS_VERSION;
    options->href_form = PCRS_HREF_HASH;
}

static char *dup_or_null(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *copy = (char *)malloc(n);
    if (copy)
        memcpy(copy, s, n);
    return copy;
}

pcrs_writer *pcrs_writer_create(const pcrs_writer_options *options)
{
    pcrs_writer_options defaults;
    if (!options) {
        pcrs_writer_options_init(&defaults);
        options = &defaults;
    }
    pcrs_writer *writer = (pcrs_writer *)calloc(1, sizeof *writer);
    if (!writer)
        return NULL;
    writer->io = options->io ? options->io : pcrs_io_stdio();
    writer->on_message = options->on_message;
    writer->message_user = options->message_user;
    writer->href_form = options->href_form;
    writer->strict = options->strict;
    writer->skip_invalid_features = options->skip_invalid_features;
    writer->patch = options->patch;
    writer->schema_location = dup_or_null(options->schema_location ? options->schema_location
                                                                   : PCRS_WRITER_DEFAULT_SCHEMA_LOCATION);
    writer->gml_id_prefix = dup_or_null(options->gml_id_prefix ? options->gml_id_prefix : "");
    writer->generated = (int64_t *)calloc((size_t)pcrs_model_class_count(), sizeof *writer->generated);
    writer_spool_init(&writer->spool,
                      options->spool_memory_limit ? options->spool_memory_limit : DEFAULT_SPOOL_MEMORY);
    writer_idset_init(&writer->gml_ids);
    writer_idset_init(&writer->business_ids);
    writer_envelope_init(&writer->envelope);
    pcrs_buffer_init(&writer->lexical);
    pcrs_buffer_init(&writer->geometry);
    pcrs_buffer_init(&writer->id);
    pcrs_buffer_init(&writer->tmp);
    if (!writer->schema_location || !writer->gml_id_prefix || !writer->generated) {
        pcrs_writer_destroy(writer);
        return NULL;
    }
    if (options->document_id && pcrs_writer_set_document_id(writer, options->document_id) != PCRS_OK)
        writer->state = WRITER_FAILED, writer->status = PCRS_ERR_ARG;
    return writer;
}

static void free_body(pcrs_writer *writer)
{
    if (writer->body)
        xmlFreeTextWriter(writer->body); /* also closes body_output */
    else if (writer->body_output)
        xmlOutputBufferClose(writer->body_output);
    writer->body = NULL;
    writer->body_output = NULL;
}

void pcrs_writer_destroy(pcrs_writer *writer)
{
    if (!writer)
        return;
    free_body(writer);
    if (writer->state != WRITER_FINISHED)
        writer_output_discard(writer);
    writer_layers_free(writer);
    writer_spool_free(&writer->spool);
    writer_idset_free(&writer->gml_ids);
    writer_idset_free(&writer->business_ids);
    pcrs_buffer_free(&writer->lexical);
    pcrs_buffer_free(&writer->geometry);
    pcrs_buffer_free(&writer->id);
    pcrs_buffer_free(&writer->tmp);
    free(writer->generated);
    free(writer->schema_location);
    free(writer->gml_id_prefix);
    free(writer->document_id);
    free(writer->path);
    free(writer->tmp_path);
    free(writer);
}

const char *pcrs_writer_errmsg(const pcrs_writer *writer)
{
    return writer ? writer->errmsg : "";
}

int64_t pcrs_writer_feature_count(const pcrs_writer *writer)
{
    return writer ? writer->feature_count : 0;
}

pcrs_status pcrs_writer_set_document_id(pcrs_writer *writer, const char *id)
{
    if (!writer || !id)
        return PCRS_ERR_ARG;
    if (writer->state == WRITER_FINISHED)
        return writer_fail(writer, PCRS_ERR_ARG, "the document is already written");
    if (!writer_is_ncname(id))
        return writer_fail(writer, PCRS_ERR_ARG, "'%s' cannot be the document's gml:id: not an XML NCName",
                           id);
    if (writer->patch && writer->state == WRITER_OPEN && strlen(id) > writer->max_document_id)
        return writer_fail(writer, PCRS_ERR_ARG,
                           "'%.60s…' cannot be the document's gml:id: longer than %zu bytes", id,
                           writer->max_document_id);
    char *copy = dup_or_null(id);
    if (!copy)
        return writer_fail(writer, PCRS_ERR_NOMEM, "out of memory");
    free(writer->document_id);
    writer->document_id = copy;
    return PCRS_OK;
}

/* Whether "<prefix>ArbrePCRS.1" is an NCName. */
static int prefix_makes_names(const char *prefix)
{
    char sample[300];
    snprintf(sample, sizeof sample, "%.200sA", prefix);
    return writer_is_ncname(sample);
}

pcrs_status pcrs_writer_open(pcrs_writer *writer, const char *path)
{
    if (!writer || !path)
        return PCRS_ERR_ARG;
    if (writer->state == WRITER_FAILED) {
        char reason[sizeof writer->errmsg];
        memcpy(reason, writer->errmsg, sizeof reason);
        return writer_fail(writer, writer->status, "%s: %s", path, reason);
    }
    if (writer->state != WRITER_CREATED)
        return writer_fail(writer, PCRS_ERR_ARG, "%s: the writer is already open", path);
    if (!prefix_makes_names(writer->gml_id_prefix)) {
        writer_message(writer, PCRS_MSG_WARNING, PCRS_OK,
                       "%s: '%s' cannot start an XML NCName: no prefix for the generated gml:ids", path,
                       writer->gml_id_prefix);
        writer->gml_id_prefix[0] = '\0';
    }
    pcrs_status status = writer_output_open(writer, path);
    if (status == PCRS_OK)
        status = writer_document_reserve(writer);
    if (status != PCRS_OK)
        return writer_condemn(writer, status);
    writer->body_output = xmlOutputBufferCreateIO(body_write, NULL, writer, NULL);
    if (writer->body_output)
        writer->body = xmlNewTextWriter(writer->body_output);
    if (!writer->body)
        return writer_condemn(writer, writer_fail(writer, PCRS_ERR_NOMEM, "%s: out of memory", path));
    writer->state = WRITER_OPEN;
    return PCRS_OK;
}

pcrs_status pcrs_writer_finish(pcrs_writer *writer)
{
    if (!writer)
        return PCRS_ERR_ARG;
    if (writer->state == WRITER_FINISHED)
        return PCRS_OK;
    if (writer->state == WRITER_CREATED)
        return writer_fail(writer, PCRS_ERR_ARG, "the writer was never opened");
    if (writer->state == WRITER_OPEN) {
        writer_layers_report(writer);
        if (xmlTextWriterFlush(writer->body) < 0 || writer->spool.error[0] || writer->io_failed) {
            writer_condemn(writer,
                           writer_fail(writer, PCRS_ERR_IO, "%s: %s: the output is removed", writer->path,
                                       writer->spool.error[0] ? writer->spool.error
                                                              : "writing failed (disk full or I/O error)"));
        }
    }
    if (writer->state == WRITER_FAILED) {
        free_body(writer);
        writer_output_discard(writer);
        /* The message of the failure stays; say what became of the output. */
        const char *suffix = " (no document written)";
        if (!strstr(writer->errmsg, suffix) &&
            strlen(writer->errmsg) + strlen(suffix) < sizeof writer->errmsg)
            strcat(writer->errmsg, suffix);
        return writer->status;
    }
    free_body(writer);
    if (writer->envelope_epsg < 0)
        writer_message(writer, PCRS_MSG_WARNING, PCRS_OK,
                       "%s: the geometries are in several CRSs: the document envelope has no srsName",
                       writer->path);
    pcrs_status written = writer_document_complete(writer);
    if (written != PCRS_OK) {
        writer_output_discard(writer);
        return writer_condemn(writer, written);
    }
    pcrs_status status = writer_output_commit(writer);
    if (status != PCRS_OK)
        return writer_condemn(writer, status);
    writer->state = WRITER_FINISHED;
    return PCRS_OK;
}
