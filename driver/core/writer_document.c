/* The document around the features: XML declaration, root element with its
 * namespaces, gml:id, version and schemaLocation, and the gml:boundedBy of
 * the whole content, which is known only once every feature is written. */
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "writer_internal.h"

#define DOCUMENT_VERSION "2.0"
#define DEFAULT_DOCUMENT_ID "PlanCorpsRueSimplifie.1"
#define DOCUMENT_END "\n</pcrs:" PCRS_ROOT_ELEMENT ">\n"
/* Room left in direct mode for a root gml:id given after open (ogr2ogr
 * copies the source's PCRS_GML_ID metadata then) and a "-n" suffix. */
#define DOCUMENT_ID_SLACK 256
#define DOCUMENT_ID_SUFFIX_MAX 16

static int document_id_taken(const pcrs_writer *writer, const char *id, size_t len)
{
    size_t base;
    return writer_idset_contains(&writer->gml_ids, writer_hash(id, len, WRITER_SALT_GML_ID)) ||
           (writer_geometry_id_base(id, len, &base) &&
            writer_idset_contains(&writer->gml_ids, writer_hash(id, base, WRITER_SALT_GML_ID)));
}

/* The root gml:id into `id` (NUL-terminated): the one given, else
 * "<prefix>PlanCorpsRueSimplifie.1"; with "-n" when a feature took it. */
static int choose_document_id(const pcrs_writer *writer, pcrs_buffer *id)
{
    pcrs_buffer_reset(id);
    int ok = writer->document_id
                 ? pcrs_buffer_append(id, writer->document_id, strlen(writer->document_id)) == 0
                 : pcrs_buffer_append(id, writer->gml_id_prefix, strlen(writer->gml_id_prefix)) == 0 &&
                       pcrs_buffer_append(id, DEFAULT_DOCUMENT_ID, strlen(DEFAULT_DOCUMENT_ID)) == 0;
    if (!ok || pcrs_buffer_append_u8(id, 0) != 0)
        return -1;
    if (!writer_is_ncname((const char *)id->data)) {
        /* A prefix that makes no NCName: the plain default. */
        pcrs_buffer_reset(id);
        if (pcrs_buffer_append(id, DEFAULT_DOCUMENT_ID, sizeof DEFAULT_DOCUMENT_ID) != 0)
            return -1;
    }
    size_t base = id->size - 1;
    for (int n = 2; document_id_taken(writer, (const char *)id->data, id->size - 1); n++) {
        char suffix[24];
        int len = snprintf(suffix, sizeof suffix, "-%d", n); /* "_n" could look like a geometry id */
        id->size = base;
        if (pcrs_buffer_append(id, suffix, (size_t)len + 1) != 0)
            return -1;
    }
    return 0;
}

static int put_corner(xmlTextWriterPtr w, const char *element, double x, double y, int has_z, double z)
{
    char text[3 * WRITER_DOUBLE_CHARS + 4];
    int len = writer_format_double(x, text);
    text[len++] = ' ';
    len += writer_format_double(y, text + len);
    if (has_z) {
        text[len++] = ' ';
        writer_format_double(z, text + len);
    }
    return xmlTextWriterWriteElement(w, BAD_CAST element, BAD_CAST text) < 0 ? -1 : 0;
}

/* gml:boundedBy: the envelope of every geometry written (2D, or 3D with
 * the Z range of the geometries that have Z), gml:Null without geometry. */
static int put_bounded_by(xmlTextWriterPtr w, const writer_envelope *env, int epsg)
{
    if (xmlTextWriterWriteRaw(w, BAD_CAST "\n  ") < 0 ||
        xmlTextWriterStartElement(w, BAD_CAST "gml:boundedBy") < 0)
        return -1;
    if (!env->has_xy) {
        if (xmlTextWriterWriteElement(w, BAD_CAST "gml:Null", BAD_CAST "missing") < 0)
            return -1;
        return xmlTextWriterEndElement(w) < 0 ? -1 : 0;
    }
    if (xmlTextWriterStartElement(w, BAD_CAST "gml:Envelope") < 0)
        return -1;
    if (epsg > 0) {
        char srs[32];
        snprintf(srs, sizeof srs, "EPSG:%d", epsg);
        if (xmlTextWriterWriteAttribute(w, BAD_CAST "srsName", BAD_CAST srs) < 0)
            return -1;
    }
    if (xmlTextWriterWriteAttribute(w, BAD_CAST "srsDimension", BAD_CAST(env->has_z ? "3" : "2")) < 0 ||
        put_corner(w, "gml:lowerCorner", env->xy[0], env->xy[1], env->has_z, env->z[0]) != 0 ||
        put_corner(w, "gml:upperCorner", env->xy[2], env->xy[3], env->has_z, env->z[1]) != 0 ||
        xmlTextWriterEndElement(w) < 0 || xmlTextWriterEndElement(w) < 0)
        return -1;
    return 0;
}

static int append_to_buffer(void *context, const char *data, int len)
{
    if (len > 0 && pcrs_buffer_append((pcrs_buffer *)context, data, (size_t)len) != 0)
        return -1;
    return len;
}

/* Everything before the first featureMember, into `out` (replaced). The
 * root element is left open: the body and DOCUMENT_END follow. */
static int build_header(const pcrs_writer *writer, const char *document_id, const writer_envelope *env,
                        int epsg, pcrs_buffer *out)
{
    static const char *const namespaces[][2] = {
        {"xmlns:pcrs", PCRS_NS_PCRS},   {"xmlns:pcrs-i", PCRS_NS_PCRS_INFO}, {"xmlns:gml", PCRS_NS_GML},
        {"xmlns:xlink", PCRS_NS_XLINK}, {"xmlns:xsi", PCRS_NS_XSI},
    };
    pcrs_buffer_reset(out);
    xmlOutputBufferPtr output = xmlOutputBufferCreateIO(append_to_buffer, NULL, out, NULL);
    if (!output)
        return -1;
    xmlTextWriterPtr w = xmlNewTextWriter(output);
    if (!w) {
        xmlOutputBufferClose(output);
        return -1;
    }
    int failed = xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL) < 0 ||
                 xmlTextWriterStartElement(w, BAD_CAST "pcrs:" PCRS_ROOT_ELEMENT) < 0;
    for (size_t i = 0; !failed && i < sizeof namespaces / sizeof namespaces[0]; i++)
        failed = xmlTextWriterWriteAttribute(w, BAD_CAST namespaces[i][0], BAD_CAST namespaces[i][1]) < 0;
    failed =
        failed || xmlTextWriterWriteAttribute(w, BAD_CAST "gml:id", BAD_CAST document_id) < 0 ||
        xmlTextWriterWriteAttribute(w, BAD_CAST "version", BAD_CAST DOCUMENT_VERSION) < 0 ||
        xmlTextWriterWriteAttribute(w, BAD_CAST "xsi:schemaLocation", BAD_CAST writer->schema_location) < 0 ||
        put_bounded_by(w, env, epsg) != 0 || xmlTextWriterFlush(w) < 0;
    xmlFreeTextWriter(w); /* writes nothing more: the root stays open */
    return failed ? -1 : 0;
}

pcrs_status writer_document_reserve(pcrs_writer *writer)
{
    if (!writer->patch)
        return PCRS_OK;
    /* The widest header this document can get: its id, the widest envelope. */
    writer_envelope widest;
    widest.has_xy = widest.has_z = 1;
    for (int i = 0; i < 4; i++)
        widest.xy[i] = -DBL_MAX;
    widest.z[0] = widest.z[1] = -DBL_MAX;
    pcrs_buffer *id = &writer->id, *header = &writer->tmp;
    if (choose_document_id(writer, id) != 0 ||
        build_header(writer, (const char *)id->data, &widest, 2147483647, header) != 0)
        return writer_fail(writer, PCRS_ERR_NOMEM, "%s: out of memory", writer->path);
    writer->max_document_id = id->size - 1 + DOCUMENT_ID_SLACK - DOCUMENT_ID_SUFFIX_MAX;
    writer->reserved = header->size + DOCUMENT_ID_SLACK;
    /* Spaces until finish: a crash leaves no root element, nothing that parses. */
    char spaces[512];
    memset(spaces, ' ', sizeof spaces);
    for (size_t left = writer->reserved; left > 0;) {
        size_t n = left < sizeof spaces ? left : sizeof spaces;
        if (writer_output_write(writer, spaces, n) != 0)
            return writer_fail(writer, PCRS_ERR_IO, "%s: cannot write (disk full or I/O error)",
                               writer->path);
        left -= n;
    }
    return PCRS_OK;
}

static int copy_body(void *user, const void *data, size_t size)
{
    return writer_output_write((pcrs_writer *)user, data, size);
}

pcrs_status writer_document_complete(pcrs_writer *writer)
{
    pcrs_buffer *id = &writer->id, *header = &writer->tmp;
    if (choose_document_id(writer, id) != 0 ||
        build_header(writer, (const char *)id->data, &writer->envelope, writer->envelope_epsg, header) != 0)
        return writer_fail(writer, PCRS_ERR_NOMEM, "%s: out of memory", writer->path);
    int failed;
    if (writer->patch) {
        if (header->size > writer->reserved)
            return writer_fail(writer, PCRS_ERR_IO, "%s: the header outgrew the room kept for it",
                               writer->path);
        size_t used = header->size;
        if (pcrs_buffer_reserve(header, writer->reserved - used) != 0)
            return writer_fail(writer, PCRS_ERR_NOMEM, "%s: out of memory", writer->path);
        memset(header->data + used, ' ', writer->reserved - used);
        header->size = writer->reserved;
        failed = writer_output_write(writer, DOCUMENT_END, strlen(DOCUMENT_END)) != 0 ||
                 writer->patch(writer->io->user, writer->handle, 0, header->data, header->size) != 0;
    } else {
        failed = writer_output_write(writer, header->data, header->size) != 0 ||
                 writer_spool_replay(&writer->spool, copy_body, writer) != 0 ||
                 writer_output_write(writer, DOCUMENT_END, strlen(DOCUMENT_END)) != 0;
    }
    if (failed)
        return writer_fail(writer, PCRS_ERR_IO, "%s: %s: the output is removed", writer->path,
                           writer->spool.error[0] ? writer->spool.error
                                                  : "writing failed (disk full or I/O error)");
    return PCRS_OK;
}
