/* Schema validity errors of libxml2 → reader messages. */
#include "reader_schema.h"

#include <libxml/xmlschemas.h>
#include <stdio.h>
#include <string.h>

#include "pcrs/pcrs_model.h"

int reader_schema_attach(xmlTextReaderPtr xml, void *schema)
{
    return xmlTextReaderSetSchema(xml, (xmlSchemaPtr)schema) == 0 ? 0 : -1;
}

/* libxml2 names nodes "{uri}local": the prefixes of the PCRS documents. */
static const struct {
    const char *uri, *prefix;
} known_namespaces[] = {
    {PCRS_NS_PCRS, "pcrs"}, {PCRS_NS_PCRS_INFO, "pcrs-i"}, {PCRS_NS_GML, "gml"},
    {PCRS_NS_XLINK, "xlink"}, {PCRS_NS_XSI, "xsi"},
};

/* Appends "prefix:local" for `name` ("{uri}local" or "local", len bytes). */
static size_t append_name(char *out, size_t size, size_t used, const char *name, size_t len)
{
    if (used >= size)
        return used;
    const char *close = name[0] == '{' ? memchr(name, '}', len) : NULL;
    int n = -1;
    if (close) {
        size_t uri_len = (size_t)(close - name - 1);
        for (size_t i = 0; i < sizeof known_namespaces / sizeof *known_namespaces; i++) {
            if (strlen(known_namespaces[i].uri) == uri_len &&
                memcmp(known_namespaces[i].uri, name + 1, uri_len) == 0) {
                n = snprintf(out + used, size - used, "%s:%.*s", known_namespaces[i].prefix,
                             (int)(len - uri_len - 2), close + 1);
                break;
            }
        }
    }
    if (n < 0)
        n = snprintf(out + used, size - used, "%.*s", (int)len, name);
    return n < 0 ? used : used + (size_t)n;
}

/* "Element '{uri}x', attribute 'y': reason" → element "<pcrs:x y>", the
 * reason after it. Returns the reason (the whole text if no element). */
static const char *split_element(const char *text, char *element, size_t size)
{
    static const char lead[] = "Element '";
    static const char attribute[] = ", attribute '";
    element[0] = '\0';
    if (strncmp(text, lead, sizeof lead - 1) != 0)
        return text;
    const char *name = text + sizeof lead - 1;
    const char *end = strchr(name, '\'');
    if (!end)
        return text;
    size_t used = (size_t)snprintf(element, size, "<");
    used = append_name(element, size, used, name, (size_t)(end - name));
    const char *rest = end + 1;
    if (strncmp(rest, attribute, sizeof attribute - 1) == 0) {
        const char *a = rest + sizeof attribute - 1;
        const char *a_end = strchr(a, '\'');
        if (a_end) {
            if (used + 1 < size) {
                element[used++] = ' ';
                element[used] = '\0';
            }
            used = append_name(element, size, used, a, (size_t)(a_end - a));
            rest = a_end + 1;
        }
    }
    if (used + 1 < size)
        snprintf(element + used, size - used, ">");
    if (rest[0] == ':')
        rest++;
    while (*rest == ' ')
        rest++;
    return rest;
}

int reader_schema_error(reader_messages *m, const xmlError *error)
{
    if (error->domain != XML_FROM_SCHEMASV)
        return 0;
    if (error->level == XML_ERR_WARNING)
        return 1;
    const char *text = error->message ? error->message : "schema validity error";
    char element[256];
    const char *reason = split_element(text, element, sizeof element);
    size_t len = strlen(reason);
    while (len > 0 && (reason[len - 1] == '\n' || reason[len - 1] == ' '))
        len--;
    if (element[0])
        reader_report_error(m, PCRS_ERR_SCHEMA, error->line, "%s: %.*s", element, (int)len, reason);
    else
        reader_report_error(m, PCRS_ERR_SCHEMA, error->line, "%.*s", (int)len, reason);
    return 1;
}
