/* srsName forms, as GDAL reads them (ogr_srs_api / GML driver): the short
 * forms keep the GIS axis order, URN and URL forms mean the EPSG order. */
#include "gml_geometry.h"

#include <string.h>

static const struct srs_prefix {
    const char *prefix;
    pcrs_srs_form form;
    char version_separator;      /* '\0': the code follows the prefix directly */
    pcrs_srs_form without_version; /* form when the version part is missing; NONE: invalid */
} srs_prefixes[] = {
    {"EPSG:", PCRS_SRS_SHORT, '\0', PCRS_SRS_SHORT},
    {"http://www.opengis.net/gml/srs/epsg.xml#", PCRS_SRS_SHORT, '\0', PCRS_SRS_SHORT},
    {"urn:ogc:def:crs:EPSG:", PCRS_SRS_URN, ':', PCRS_SRS_URN_MALFORMED},
    {"urn:x-ogc:def:crs:EPSG:", PCRS_SRS_URN, ':', PCRS_SRS_URN},
    {"http://www.opengis.net/def/crs/EPSG/", PCRS_SRS_URL, '/', PCRS_SRS_NONE},
    {"https://www.opengis.net/def/crs/EPSG/", PCRS_SRS_URL, '/', PCRS_SRS_NONE},
};

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

static size_t match_prefix_nocase(const char *s, const char *prefix)
{
    size_t i = 0;
    for (; prefix[i]; i++)
        if (lower((unsigned char)s[i]) != lower((unsigned char)prefix[i]))
            return 0;
    return i;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* A positive EPSG code, up to trailing whitespace; 0 if anything else. */
static int parse_code(const char *s)
{
    long code = 0;
    int digits = 0;
    for (; *s >= '0' && *s <= '9'; s++, digits++) {
        code = code * 10 + (*s - '0');
        if (code > 999999999)
            return 0;
    }
    while (is_space(*s))
        s++;
    return digits > 0 && *s == '\0' ? (int)code : 0;
}

int pcrs_parse_srs_name(const char *srs_name, pcrs_srs_form *form)
{
    pcrs_srs_form dummy;
    if (!form)
        form = &dummy;
    *form = PCRS_SRS_NONE;
    if (!srs_name)
        return 0;
    while (is_space(*srs_name))
        srs_name++;
    if (*srs_name == '\0')
        return 0;
    *form = PCRS_SRS_OTHER;
    for (size_t i = 0; i < sizeof srs_prefixes / sizeof srs_prefixes[0]; i++) {
        const struct srs_prefix *p = &srs_prefixes[i];
        size_t n = match_prefix_nocase(srs_name, p->prefix);
        if (n == 0)
            continue;
        const char *rest = srs_name + n;
        pcrs_srs_form found = p->form;
        if (p->version_separator) {
            /* "[version]<sep>code"; the version never holds the separator. */
            const char *sep = strchr(rest, p->version_separator);
            if (sep) {
                if (strchr(sep + 1, p->version_separator))
                    return 0;
                rest = sep + 1;
            } else {
                found = p->without_version;
                if (found == PCRS_SRS_NONE)
                    return 0;
            }
        }
        int code = parse_code(rest);
        if (code > 0)
            *form = found;
        return code;
    }
    return 0;
}
