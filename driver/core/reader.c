/* Streaming reader of PCRS v2.0 documents (pcrs_reader.h): the document
 * level (input, hostile-input guards, root, featureMember, link check) and
 * the public API. Features themselves are read in reader_feature.c. */
#include <libxml/parserInternals.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "reader_internal.h"
#include "reader_schema.h"
#include "reader_values.h"

/* Records past the limit go to a temporary file, which lives in the page
 * cache, not in the process: the memory part only spares small documents
 * the file. Fresh memory costs a page fault per 4 KiB (~13 µs measured on
 * a VM), reading a spilled block back one read(). */
#define DEFAULT_SPOOL_LIMIT ((size_t)2 << 20)
#define DEFAULT_MAX_DEPTH 64
#define READER_INPUT_BUFFER ((size_t)1 << 18)
/* libxml2 stores element lines in an unsigned short, this value meaning "more". */
#define LIBXML_LINE_CAP 65535

/* Never XML_PARSE_NOENT, DTDLOAD, DTDATTR or HUGE: entities stay unexpanded,
 * nothing external is loaded, libxml2's size limits stay on. */
#define READER_XML_OPTIONS                                                                 \
    (XML_PARSE_NONET | XML_PARSE_COMPACT | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES)

/* ---- options, lifecycle ---- */

void pcrs_reader_options_init(pcrs_reader_options *options)
{
    if (!options)
        return;
    memset(options, 0, sizeof *options);
    options->version = PCRS_READER_OPTIONS_VERSION;
    options->spool_memory_limit = DEFAULT_SPOOL_LIMIT;
    options->max_depth = DEFAULT_MAX_DEPTH;
}

pcrs_reader *pcrs_reader_create(const pcrs_reader_options *options)
{
    pcrs_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    pcrs_reader_options_init(&r->options);
    if (options) {
        r->options = *options;
        r->options.version = PCRS_READER_OPTIONS_VERSION;
    }
    if (!r->options.io)
        r->options.io = pcrs_io_stdio();
    if (!r->options.spool_memory_limit)
        r->options.spool_memory_limit = DEFAULT_SPOOL_LIMIT;
    if (r->options.max_depth <= 0)
        r->options.max_depth = DEFAULT_MAX_DEPTH;
    reader_messages_init(&r->messages, r->options.on_message, r->options.message_user);
    reader_spool_init(&r->spool, r->options.spool_memory_limit);
    reader_ids_init(&r->ids);
    pcrs_buffer_init(&r->text);
    return r;
}

/* Frees everything an open produced (the handle returns to "not opened"). */
static void release_document(pcrs_reader *r)
{
    for (int c = 0; c < r->class_count; c++)
        free(r->classes[c].offsets);
    free(r->classes);
    r->classes = NULL;
    r->class_count = 0;
    r->total_features = 0;
    free(r->document_id);
    free(r->document_version);
    r->document_id = r->document_version = NULL;
    reader_spool_free(&r->spool);
    reader_spool_init(&r->spool, r->options.spool_memory_limit);
    r->opened = 0;
}

/* Scratch memory of the parse, not needed once the document is read. */
static void release_parse_state(pcrs_reader *r)
{
    for (int i = 0; i < r->builder_count; i++) {
        reader_builder_free(r->builders[i]);
        free(r->builders[i]);
    }
    free(r->builders);
    r->builders = NULL;
    r->builder_count = 0;
    pcrs_buffer_free(&r->text);
    /* Identifiers only serve the link check at the end of the open. */
    reader_ids_free(&r->ids);
}

void pcrs_reader_destroy(pcrs_reader *r)
{
    if (!r)
        return;
    release_document(r);
    release_parse_state(r);
    reader_messages_free(&r->messages);
    free(r->path);
    free(r);
}

/* ---- libxml2 input and errors ---- */

/* libxml2 asks for 4 KiB at a time: read larger blocks, fewer system calls
 * (and fewer round trips for remote /vsicurl/ files). */
static int input_read(void *context, char *buffer, int len)
{
    reader_input *in = context;
    if (len <= 0)
        return 0;
    if (in->buffer_pos == in->buffer_size) {
        if (in->eof)
            return 0;
        size_t n = in->io->read(in->io->user, in->handle, in->buffer, READER_INPUT_BUFFER);
        if (n == (size_t)-1 || n > READER_INPUT_BUFFER) {
            in->read_error = 1;
            return -1;
        }
        if (n == 0) {
            in->eof = 1;
            return 0;
        }
        in->buffer_pos = 0;
        in->buffer_size = n;
        in->bytes_read += n;
    }
    size_t n = in->buffer_size - in->buffer_pos;
    if (n > (size_t)len)
        n = (size_t)len;
    memcpy(buffer, in->buffer + in->buffer_pos, n);
    in->buffer_pos += n;
    return (int)n;
}

/* Line of a <!DOCTYPE in the prolog of `p` (BOM, XML declaration,
 * comments, processing instructions and spaces skipped), 0 if there is none
 * or the prolog goes on past `n` bytes (libxml2 then finds it). A DTD is
 * refused before libxml2 parses it: with a schema plugged in, its entity
 * references would reach the validator, which only prints a complaint. */
static int64_t prolog_doctype_line(const unsigned char *p, size_t n)
{
    size_t i = n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0;
    int64_t line = 1;
    for (;;) {
        while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
            line += p[i++] == '\n';
        if (n - i >= 9 && memcmp(p + i, "<!DOCTYPE", 9) == 0)
            return line;
        const char *close;
        if (n - i >= 2 && memcmp(p + i, "<?", 2) == 0) {
            close = "?>";
            i += 2;
        } else if (n - i >= 4 && memcmp(p + i, "<!--", 4) == 0) {
            close = "-->";
            i += 4;
        } else {
            return 0; /* the root, or something libxml2 will judge */
        }
        size_t len = strlen(close);
        for (; i + len <= n && memcmp(p + i, close, len) != 0; i++)
            line += p[i] == '\n';
        if (i + len > n)
            return 0;
        i += len;
    }
}

/* Reads the first block, for the prolog check. 0, or -1 on a read error. */
static int input_fill(reader_input *in)
{
    size_t n = in->io->read(in->io->user, in->handle, in->buffer, READER_INPUT_BUFFER);
    if (n == (size_t)-1 || n > READER_INPUT_BUFFER)
        return -1;
    in->eof = n == 0;
    in->buffer_pos = 0;
    in->buffer_size = n;
    in->bytes_read = n;
    return 0;
}

static int input_close(void *context)
{
    reader_input *in = context;
    if (in->closed)
        return 0;
    in->closed = 1;
    return in->io->close(in->io->user, in->handle);
}

static size_t trimmed_length(const char *s)
{
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    return n;
}

/* Per-reader structured handler: never a global one (GDAL shares libxml2). */
static void on_xml_error(void *user, xmlErrorPtr error)
{
    pcrs_reader *r = user;
    if (!error || reader_schema_error(&r->messages, error) || error->level == XML_ERR_WARNING)
        return;
    const char *open_element = NULL;
    if (error->domain == XML_FROM_PARSER && error->ctxt) {
        xmlParserCtxtPtr ctxt = error->ctxt;
        if (ctxt->myDoc && ctxt->myDoc->intSubset)
            r->saw_dtd = 1;
        if (ctxt->nameNr > r->options.max_depth)
            r->too_deep = 1;
        open_element = (const char *)ctxt->name;
    }
    const char *text = error->message ? error->message : "unknown XML error";
    if (error->level == XML_ERR_FATAL) {
        if (!r->xml_fatal) {
            r->xml_fatal = 1;
            r->xml_error_line = error->line;
            /* libxml2's push parser calls a cut-off document "Extra content at
             * the end of the document" while elements are still open. */
            if (error->code == XML_ERR_DOCUMENT_END && open_element)
                snprintf(r->xml_error, sizeof r->xml_error,
                         "premature end of the document (truncated file?)");
            else
                snprintf(r->xml_error, sizeof r->xml_error, "%.*s", (int)trimmed_length(text), text);
            snprintf(r->xml_error_element, sizeof r->xml_error_element, "%s",
                     open_element ? open_element : "");
        }
        return;
    }
    /* Recoverable (namespace errors…): libxml2 goes on, so do we. */
    reader_warn(&r->messages, READER_W_XML, -1, -1, error->line, "%.*s",
                (int)trimmed_length(text), text);
}

/* With a schema, libxml2's SAX plug keeps parser errors from the reader's
 * handler (it cannot relay them): the fatal one is taken from the thread's
 * last error, reset when the open starts. */
void reader_collect_parser_error(pcrs_reader *r)
{
    if (r->xml_fatal || !r->options.xml_schema)
        return;
    xmlErrorPtr last = xmlGetLastError();
    if (last && last->level == XML_ERR_FATAL && last->domain != XML_FROM_SCHEMASV)
        on_xml_error(r, last);
}

/* ---- node helpers (shared with reader_feature.c) ---- */

int reader_next(pcrs_reader *r)
{
    int ret = xmlTextReaderRead(r->xml);
    if (ret != 1) {
        r->node_type = -1;
        if (ret < 0)
            reader_collect_parser_error(r);
        return ret;
    }
    r->depth = xmlTextReaderDepth(r->xml);
    xmlNodePtr node = xmlTextReaderCurrentNode(r->xml);
    if (node && (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)) {
        /* All text is read alike: skip xmlTextReaderNodeType's whitespace
         * classification, which walks the ancestors for xml:space. */
        r->node_type = XML_READER_TYPE_TEXT;
        /* A text node's line is where it ends, i.e. where the next tag starts;
         * past 65535 libxml2 keeps it only for text (XML_PARSE_BIG_LINES). */
        long line = node->line < LIBXML_LINE_CAP ? (long)node->line : xmlGetLineNo(node);
        if (line > 0)
            r->text_line = line;
        return 1;
    }
    r->node_type = xmlTextReaderNodeType(r->xml);
    return 1;
}

int64_t reader_line(pcrs_reader *r)
{
    xmlNodePtr node = xmlTextReaderCurrentNode(r->xml);
    if (node && node->line > 0 && node->line < LIBXML_LINE_CAP)
        return node->line;
    if (r->text_line >= LIBXML_LINE_CAP)
        return r->text_line;
    return xmlTextReaderGetParserLineNumber(r->xml);
}

reader_ns reader_node_ns(pcrs_reader *r)
{
    /* Straight from the tree: xmlTextReaderConstNamespaceUri costs a
     * dictionary lookup per call, and this runs for every element. */
    xmlNodePtr node = xmlTextReaderCurrentNode(r->xml);
    if (!node || !node->ns || !node->ns->href)
        return READER_NS_OTHER;
    const char *href = (const char *)node->ns->href;
    if (strncmp(href, "http://", 7) != 0)
        return READER_NS_OTHER;
    switch (href[7]) {
    case 'c':
        if (strcmp(href, PCRS_NS_PCRS) == 0)
            return READER_NS_PCRS;
        if (strcmp(href, PCRS_NS_PCRS_INFO) == 0)
            return READER_NS_PCRS_INFO;
        break;
    case 'w':
        if (strcmp(href, PCRS_NS_GML) == 0)
            return READER_NS_GML;
        break;
    case 'l':
        if (strcmp(href, PCRS_NS_V1) == 0)
            return READER_NS_V1;
        break;
    }
    return READER_NS_OTHER;
}

static const char *ns_prefix(reader_ns ns)
{
    switch (ns) {
    case READER_NS_PCRS:
        return "pcrs";
    case READER_NS_PCRS_INFO:
        return "pcrs-i";
    case READER_NS_GML:
        return "gml";
    default:
        return NULL;
    }
}

const char *reader_element_name(pcrs_reader *r, char *out, size_t size)
{
    const char *prefix = ns_prefix(reader_node_ns(r));
    const xmlChar *local = xmlTextReaderConstLocalName(r->xml);
    if (prefix)
        snprintf(out, size, "<%s:%s>", prefix, local ? (const char *)local : "?");
    else {
        const xmlChar *qname = xmlTextReaderConstName(r->xml);
        snprintf(out, size, "<%s>", qname ? (const char *)qname : "?");
    }
    return out;
}

pcrs_status reader_xml_failure(pcrs_reader *r)
{
    reader_messages *m = &r->messages;
    if (r->input.read_error)
        return reader_fail(m, PCRS_ERR_IO, r->xml_error_line, "read error%s%s",
                           r->xml_fatal ? ": " : "", r->xml_fatal ? r->xml_error : "");
    if (r->saw_dtd)
        return reader_fail(m, PCRS_ERR_HOSTILE, r->xml_error_line,
                           "DTDs and entity declarations are not allowed in a PCRS document");
    if (r->too_deep)
        return reader_fail(m, PCRS_ERR_HOSTILE, r->xml_error_line,
                           "element nesting deeper than %d levels: refused", r->options.max_depth);
    if (r->input.bytes_read == 0)
        return reader_fail(m, PCRS_ERR_XML, 0, "the file is empty");
    char element[256] = "";
    if (r->xml_error_element[0]) {
        snprintf(element, sizeof element, " (element <%s>)", r->xml_error_element);
    } else if (r->context_local) {
        const char *prefix = ns_prefix(r->context_ns);
        snprintf(element, sizeof element, " (element <%s%s%s>)", prefix ? prefix : "",
                 prefix ? ":" : "", (const char *)r->context_local);
    }
    if (r->xml_fatal)
        return reader_fail(m, PCRS_ERR_XML, r->xml_error_line, "%s%s", r->xml_error, element);
    return reader_fail(m, PCRS_ERR_XML, reader_line(r), "XML parse error%s", element);
}

pcrs_status reader_check_depth(pcrs_reader *r)
{
    if (r->depth <= r->options.max_depth)
        return PCRS_OK;
    char name[256];
    return reader_fail(&r->messages, PCRS_ERR_HOSTILE, reader_line(r),
                       "%s: element nesting deeper than %d levels: refused",
                       reader_element_name(r, name, sizeof name), r->options.max_depth);
}

pcrs_status reader_skip_element(pcrs_reader *r)
{
    if (r->node_type != XML_READER_TYPE_ELEMENT || xmlTextReaderIsEmptyElement(r->xml))
        return PCRS_OK;
    int depth = r->depth;
    pcrs_status st;
    while (reader_next_child(r, depth, &st))
        ;
    return st;
}

int reader_next_child(pcrs_reader *r, int depth, pcrs_status *status)
{
    *status = PCRS_OK;
    for (;;) {
        if (reader_next(r) != 1) {
            *status = reader_xml_failure(r);
            return 0;
        }
        if (r->node_type == XML_READER_TYPE_END_ELEMENT && r->depth == depth)
            return 0;
        if (r->node_type == XML_READER_TYPE_ELEMENT) {
            *status = reader_check_depth(r);
            return *status == PCRS_OK;
        }
    }
}

const char *reader_attribute(pcrs_reader *r, const char *ns_uri, const char *local)
{
    xmlNodePtr node = xmlTextReaderCurrentNode(r->xml);
    if (!node || node->type != XML_ELEMENT_NODE)
        return NULL;
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
        if (strcmp((const char *)a->name, local) != 0)
            continue;
        if (ns_uri ? !(a->ns && a->ns->href && strcmp((const char *)a->ns->href, ns_uri) == 0)
                   : a->ns != NULL)
            continue;
        /* Without a DTD an attribute value is a single text node. */
        xmlNodePtr t = a->children;
        if (t && t->type == XML_TEXT_NODE && !t->next && t->content)
            return (const char *)t->content;
        return "";
    }
    return NULL;
}

/* ---- document ---- */

static char *copy_string(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

static pcrs_status check_root(pcrs_reader *r)
{
    reader_messages *m = &r->messages;
    int64_t line = reader_line(r);
    reader_ns ns = reader_node_ns(r);
    const char *local = (const char *)xmlTextReaderConstLocalName(r->xml);
    const char *qname = (const char *)xmlTextReaderConstName(r->xml);
    const char *uri = (const char *)xmlTextReaderConstNamespaceUri(r->xml);
    r->context_ns = ns;
    r->context_local = xmlTextReaderConstLocalName(r->xml);
    if (ns == READER_NS_V1)
        return reader_fail(m, PCRS_ERR_VERSION, line,
                           "root element <%s> is in namespace %s: a PCRS v1.0 (2015) document; "
                           "only PCRS v2.0 is read",
                           qname, uri);
    if (ns != READER_NS_PCRS || strcmp(local, PCRS_ROOT_ELEMENT) != 0) {
        if (uri)
            return reader_fail(m, PCRS_ERR_NOT_PCRS, line,
                               "root element <%s> in namespace %s is not a PCRS v2.0 root "
                               "(pcrs:" PCRS_ROOT_ELEMENT ")",
                               qname, uri);
        return reader_fail(m, PCRS_ERR_NOT_PCRS, line,
                           "root element <%s> in no namespace is not a PCRS v2.0 root "
                           "(pcrs:" PCRS_ROOT_ELEMENT ")",
                           qname);
    }
    const char *version = reader_attribute(r, NULL, "version");
    if (!version)
        return reader_fail(m, PCRS_ERR_VERSION, line,
                           "<pcrs:" PCRS_ROOT_ELEMENT "> has no version attribute: a PCRS 2.0beta2 "
                           "(pre-release) document; only PCRS v2.0 is read");
    if (strncmp(version, "2.0beta", 7) == 0)
        return reader_fail(m, PCRS_ERR_VERSION, line,
                           "<pcrs:" PCRS_ROOT_ELEMENT "> version '%s': a PCRS 2.0beta2 (pre-release) "
                           "document; only PCRS v2.0 is read",
                           version);
    const char *id = reader_attribute(r, PCRS_NS_GML, "id");
    r->document_version = copy_string(version);
    r->document_id = id ? copy_string(id) : NULL;
    if (!r->document_version || (id && !r->document_id))
        return reader_fail(m, PCRS_ERR_NOMEM, line, "out of memory");
    return PCRS_OK;
}

/* pcrs:featureMember: its child element is the feature. */
static pcrs_status parse_member(pcrs_reader *r)
{
    reader_messages *m = &r->messages;
    int64_t line = reader_line(r);
    int by_reference = reader_attribute(r, PCRS_NS_XLINK, "href") != NULL;
    int depth = r->depth, features = 0;
    int empty = xmlTextReaderIsEmptyElement(r->xml);
    for (;;) {
        if (empty || (reader_next(r) == 1 && r->node_type == XML_READER_TYPE_END_ELEMENT &&
                      r->depth == depth)) {
            if (by_reference && !features)
                reader_debug(m, line, "<pcrs:featureMember> by reference (xlink:href), skipped");
            return PCRS_OK;
        }
        if (r->node_type == -1)
            return reader_xml_failure(r);
        if (r->node_type != XML_READER_TYPE_ELEMENT)
            continue;
        pcrs_status st = reader_check_depth(r);
        if (st != PCRS_OK)
            return st;
        reader_ns ns = reader_node_ns(r);
        const xmlChar *local = xmlTextReaderConstLocalName(r->xml);
        r->context_ns = ns;
        r->context_local = local;
        int cls = -1;
        if (ns == READER_NS_PCRS || ns == READER_NS_PCRS_INFO)
            cls = pcrs_model_find_class(ns == READER_NS_PCRS ? PCRS_NS_PCRS : PCRS_NS_PCRS_INFO,
                                        (const char *)local);
        const pcrs_class *c = pcrs_model_class(cls);
        char name[256];
        if (!c || c->abstract) {
            reader_warn(m, READER_W_UNKNOWN_CLASS, -1, -1, reader_line(r),
                        "%s: %s, ignored", reader_element_name(r, name, sizeof name),
                        c ? "abstract PCRS class" : "not a PCRS feature class");
            st = reader_skip_element(r);
        } else {
            if (++features == 2)
                reader_warn(m, READER_W_MEMBER, -1, -1, reader_line(r),
                            "%s: more than one feature in a <pcrs:featureMember>, all are read",
                            reader_element_name(r, name, sizeof name));
            const char *id;
            st = reader_parse_feature(r, cls, 0, NULL, -1, &id);
        }
        if (st != PCRS_OK)
            return st;
    }
}

static pcrs_status parse_root_content(pcrs_reader *r)
{
    int depth = r->depth;
    pcrs_status st;
    while (reader_next_child(r, depth, &st)) {
        reader_ns ns = reader_node_ns(r);
        const xmlChar *local = xmlTextReaderConstLocalName(r->xml);
        r->context_ns = ns;
        r->context_local = local;
        if (ns == READER_NS_PCRS && strcmp((const char *)local, "featureMember") == 0) {
            st = parse_member(r);
        } else {
            /* gml:boundedBy, gml:description…: never trusted, skipped. */
            if (ns != READER_NS_GML) {
                char name[256];
                reader_warn(&r->messages, READER_W_ROOT_CHILD, -1, -1, reader_line(r),
                            "%s: unexpected element in " PCRS_ROOT_ELEMENT ", ignored",
                            reader_element_name(r, name, sizeof name));
            }
            st = reader_skip_element(r);
        }
        if (st != PCRS_OK)
            return st;
    }
    return st;
}

static pcrs_status parse_document(pcrs_reader *r)
{
    for (;;) {
        int ret = reader_next(r);
        if (ret < 0)
            return reader_xml_failure(r);
        if (ret == 0)
            return reader_fail(&r->messages, PCRS_ERR_XML, 0, "no root element");
        if (r->node_type == XML_READER_TYPE_DOCUMENT_TYPE)
            return reader_fail(&r->messages, PCRS_ERR_HOSTILE, reader_line(r),
                               "DTDs and entity declarations are not allowed in a PCRS document");
        if (r->node_type == XML_READER_TYPE_ELEMENT)
            break;
    }
    pcrs_status st = check_root(r);
    if (st != PCRS_OK)
        return st;
    if (!xmlTextReaderIsEmptyElement(r->xml)) {
        st = parse_root_content(r);
        if (st != PCRS_OK)
            return st;
    }
    /* Whatever follows the root must still be well-formed. */
    r->context_local = NULL;
    int ret;
    while ((ret = reader_next(r)) == 1)
        ;
    return ret < 0 ? reader_xml_failure(r) : PCRS_OK;
}

/* schema_only: every node read so that the schema sees the whole document,
 * with the guards of parse_document() (DTD, root, depth) and so the same
 * stopping point on bad input; no feature work. */
static pcrs_status parse_schema_only(pcrs_reader *r)
{
    int ret, root_seen = 0;
    while ((ret = reader_next(r)) == 1) {
        if (!root_seen && r->node_type == XML_READER_TYPE_DOCUMENT_TYPE)
            return reader_fail(&r->messages, PCRS_ERR_HOSTILE, reader_line(r),
                               "DTDs and entity declarations are not allowed in a PCRS document");
        if (r->node_type != XML_READER_TYPE_ELEMENT)
            continue;
        pcrs_status st = root_seen ? reader_check_depth(r) : check_root(r);
        if (st != PCRS_OK)
            return st;
        root_seen = 1;
    }
    if (ret < 0)
        return reader_xml_failure(r);
    return root_seen ? PCRS_OK : reader_fail(&r->messages, PCRS_ERR_XML, 0, "no root element");
}

/* One warning per missing link target, naming its first reference. The
 * owner's gml:id and the target are read back from the owner's record. */
static pcrs_status check_links(pcrs_reader *r)
{
    pcrs_feature *owner = NULL;
    pcrs_status st = PCRS_OK;
    size_t cursor = 0;
    const reader_link_ref *ref;
    while ((ref = reader_ids_next_dangling(&r->ids, &cursor)) != NULL) {
        const pcrs_class *c = pcrs_model_class(ref->class_index);
        if (!c || ref->prop >= c->property_count)
            continue; /* cannot happen: references come from the model */
        const pcrs_property *prop = &c->properties[ref->prop];
        if (!reader_warn_wanted(&r->messages, READER_W_DANGLING, ref->class_index, ref->prop)) {
            reader_warn(&r->messages, READER_W_DANGLING, ref->class_index, ref->prop, ref->line,
                        "%s", "");
            continue;
        }
        if (!owner && !(owner = pcrs_feature_create())) {
            st = reader_fail(&r->messages, PCRS_ERR_NOMEM, 0, "out of memory");
            break;
        }
        const reader_class_state *s = &r->classes[ref->class_index];
        if (ref->feature < 0 || ref->feature >= s->count ||
            reader_spool_read_record(&r->spool, s->offsets[ref->feature],
                                     reader_feature_buffer(owner)) != 0 ||
            reader_feature_decode(owner, ref->feature) != 0) {
            st = reader_fail(&r->messages, PCRS_ERR_IO, 0, "%s",
                             r->spool.error[0] ? r->spool.error : "corrupt feature record in the spool");
            break;
        }
        const char *id = pcrs_feature_gml_id(owner);
        const char *target = pcrs_feature_value(owner, ref->prop, (int)ref->value);
        reader_warn(&r->messages, READER_W_DANGLING, ref->class_index, ref->prop, ref->line,
                    "<%s:%s> of %s%s%s%s: link to '%s', which is not a gml:id of this document",
                    prop->ns == PCRS_NAMESPACE_PCRS_INFO ? "pcrs-i" : "pcrs", prop->name, c->name,
                    id ? " '" : "", id ? id : "", id ? "'" : "", target ? target : "?");
    }
    pcrs_feature_destroy(owner);
    return st;
}

pcrs_status pcrs_reader_open(pcrs_reader *r, const char *path)
{
    if (!r)
        return PCRS_ERR_ARG;
    release_document(r);
    release_parse_state(r);
    free(r->path);
    r->path = path ? copy_string(path) : NULL;
    reader_messages_reset(&r->messages, r->path);
    if (!path)
        return reader_fail(&r->messages, PCRS_ERR_ARG, 0, "no path given");
    if (!r->path)
        return reader_fail(&r->messages, PCRS_ERR_NOMEM, 0, "out of memory");
    r->class_count = pcrs_model_class_count();
    r->classes = calloc((size_t)r->class_count, sizeof *r->classes);
    if (!r->classes)
        return reader_fail(&r->messages, PCRS_ERR_NOMEM, 0, "out of memory");

    memset(&r->input, 0, sizeof r->input);
    r->input.io = r->options.io;
    r->input.buffer = malloc(READER_INPUT_BUFFER);
    if (!r->input.buffer) {
        release_document(r);
        return reader_fail(&r->messages, PCRS_ERR_NOMEM, 0, "out of memory");
    }
    r->input.handle = r->options.io->open(r->options.io->user, path, "rb");
    if (!r->input.handle) {
        free(r->input.buffer);
        r->input.buffer = NULL;
        release_document(r);
        return reader_fail(&r->messages, PCRS_ERR_IO, 0, "cannot open the file");
    }
    r->xml_fatal = r->saw_dtd = r->too_deep = 0;
    r->xml_error[0] = '\0';
    r->xml_error_element[0] = '\0';
    r->xml_error_line = 0;
    r->text_line = 0;
    r->context_local = NULL;
    r->node_type = -1;
    r->depth = 0;
    r->root_id_seen = 0;
    memset(r->property_cache, 0, sizeof r->property_cache);
    pcrs_status st;
    if (r->options.xml_schema)
        xmlResetLastError(); /* see reader_collect_parser_error() */
    int64_t doctype_line = 0;
    if (input_fill(&r->input) != 0) {
        st = reader_fail(&r->messages, PCRS_ERR_IO, 0, "read error");
    } else if ((doctype_line = prolog_doctype_line(r->input.buffer, r->input.buffer_size)) > 0) {
        st = reader_fail(&r->messages, PCRS_ERR_HOSTILE, doctype_line,
                         "DTDs and entity declarations are not allowed in a PCRS document");
    } else if (!(r->xml = xmlReaderForIO(input_read, input_close, &r->input, path, NULL,
                                           READER_XML_OPTIONS))) {
        /* (libxml2 calls input_close itself, on failure too.) */
        st = reader_fail(&r->messages, PCRS_ERR_NOMEM, 0, "cannot create the XML reader");
    } else {
        xmlTextReaderSetStructuredErrorHandler(r->xml, on_xml_error, r);
        if (r->options.xml_schema && reader_schema_attach(r->xml, r->options.xml_schema) != 0)
            st = reader_fail(&r->messages, PCRS_ERR_ARG, 0, "the XML schema cannot be used");
        else if (r->options.schema_only && r->options.xml_schema)
            st = parse_schema_only(r);
        else
            st = parse_document(r);
        xmlFreeTextReader(r->xml);
        r->xml = NULL;
    }
    if (!r->input.closed)
        input_close(&r->input);
    free(r->input.buffer);
    r->input.buffer = NULL;
    if (st == PCRS_OK && reader_spool_finish(&r->spool) != 0)
        st = reader_fail(&r->messages, PCRS_ERR_IO, 0, "%s", r->spool.error);
    if (st == PCRS_OK)
        st = check_links(r);
    if (st == PCRS_OK) {
        reader_messages_summarize(&r->messages);
        r->opened = 1;
    } else {
        release_document(r);
    }
    release_parse_state(r);
    return st;
}

const char *pcrs_reader_errmsg(const pcrs_reader *r) { return r ? r->messages.last_error : ""; }
const char *pcrs_reader_path(const pcrs_reader *r) { return r ? r->path : NULL; }
const char *pcrs_reader_document_id(const pcrs_reader *r) { return r ? r->document_id : NULL; }
const char *pcrs_reader_document_version(const pcrs_reader *r)
{
    return r ? r->document_version : NULL;
}
int64_t pcrs_reader_total_feature_count(const pcrs_reader *r) { return r ? r->total_features : 0; }

static const reader_class_state *class_state(const pcrs_reader *r, int class_index)
{
    if (!r || !r->opened || class_index < 0 || class_index >= r->class_count)
        return NULL;
    return &r->classes[class_index];
}

int64_t pcrs_reader_feature_count(const pcrs_reader *r, int class_index)
{
    const reader_class_state *s = class_state(r, class_index);
    return s ? s->count : 0;
}

int pcrs_reader_extent(const pcrs_reader *r, int class_index, double env[4])
{
    const reader_class_state *s = class_state(r, class_index);
    if (!s || !s->has_extent)
        return 0;
    memcpy(env, s->extent, sizeof s->extent);
    return 1;
}

int pcrs_reader_z_range(const pcrs_reader *r, int class_index, double range[2])
{
    const reader_class_state *s = class_state(r, class_index);
    if (!s || !s->has_z)
        return 0;
    memcpy(range, s->z_range, sizeof s->z_range);
    return 1;
}

int pcrs_reader_epsg(const pcrs_reader *r, int class_index)
{
    const reader_class_state *s = class_state(r, class_index);
    return s ? s->epsg : 0;
}

pcrs_status pcrs_reader_read_feature(pcrs_reader *r, int class_index, int64_t index,
                                     pcrs_feature *feature)
{
    if (!r || !feature)
        return PCRS_ERR_ARG;
    const reader_class_state *s = class_state(r, class_index);
    if (!s || index < 0 || index >= s->count) {
        reader_feature_clear(feature);
        return reader_fail(&r->messages, PCRS_ERR_ARG, 0, "no feature %lld in class %d",
                           (long long)index, class_index);
    }
    if (reader_spool_read_record(&r->spool, s->offsets[index],
                                 reader_feature_buffer(feature)) != 0) {
        reader_feature_clear(feature);
        return reader_fail(&r->messages, PCRS_ERR_IO, 0, "%s", r->spool.error);
    }
    if (reader_feature_decode(feature, index) != 0 || pcrs_feature_class(feature) != class_index) {
        reader_feature_clear(feature);
        return reader_fail(&r->messages, PCRS_ERR_IO, 0, "corrupt feature record in the spool");
    }
    return PCRS_OK;
}

int pcrs_geometry_type(pcrs_geometry_kind kind)
{
    switch (kind) {
    case PCRS_GEOM_POINT:
        return 1001;
    case PCRS_GEOM_CURVE:
        return 1009;
    case PCRS_GEOM_POLYGON:
    case PCRS_GEOM_SURFACE:
        return 1010;
    case PCRS_GEOM_MULTIPOINT:
        return 1004;
    case PCRS_GEOM_MULTICURVE:
        return 1011;
    case PCRS_GEOM_MULTISURFACE:
        return 1012;
    case PCRS_GEOM_ANY:
        return 0;
    case PCRS_GEOM_NONE:
        break;
    }
    return -1;
}
