/* Tile naming patterns: the table of name families seen in real
 * deliveries, their compilation from templates, and name <-> tile. */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pcrs/pcrs_tiles.h"
#include "tiles_internal.h"

/* ---- Data ---- */

/* One row per family of names (doc/pcrs_raster.md lists them with
 * examples). Table order is the order in which names are tried. */
static const pcrs_tile_pattern_def pattern_defs[] = {
    {"IGN_HM", "{YEAR}-{X:5}-{Y:5}-{CRS}-{RES}-{BANDS}[-{ENC}]", 100.0, 200.0,
     "2020-04960-66124-LA93-0M05-RVB.jp2",
     "IGN PCRS image: year, NW corner in hectometres, 200 m tiles"},
    {"IGN_KM", "{DEPT}-{YEAR}-{X:4}-{Y:4}-{CRS}-{RES}[-{BANDS}][-{ENC}]", 1000.0, 1000.0,
     "56-2019-0229-6764-LA93-0M05-RVB-E100.jp2",
     "IGN / BD ORTHO: département, year, NW corner in kilometres"},
    {"BLOC_KM", "{PREFIX}-{YEAR}-{X:4}-{Y:4}-{CRS}-{RES}[-{BANDS}][-{ENC}]", 1000.0, 1000.0,
     "HFC-2022-0766-6987-LA93-0M05-RVB.tif",
     "regional deliveries (Hauts-de-France): bloc code, year, NW corner in kilometres"},
    {"IGN_POC", "PCRS-D{DEPT}-{YEAR}-{X:5}-{Y:5}-{CRS}-{RES}-{BANDS}[-TIFF]", 100.0, 200.0,
     "PCRS-D56-2021-02290-67640-LA93-0M05-RVB-TIFF.tif",
     "early IGN proof of concept: département, year, NW corner in hectometres"},
};

#define PATTERN_COUNT ((int)(sizeof(pattern_defs) / sizeof(pattern_defs[0])))

/* Legal CRSs of the standard (§B.1.4) and their tokens in tile names.
 * The first row of an EPSG code is the token written for it. */
static const pcrs_tile_crs_code crs_codes[] = {
    {"LA93", 2154}, {"L93", 2154},  {"CC42", 3942}, {"CC43", 3943}, {"CC44", 3944},
    {"CC45", 3945}, {"CC46", 3946}, {"CC47", 3947}, {"CC48", 3948}, {"CC49", 3949},
    {"CC50", 3950}, {"U20N", 5490}, {"U20N", 32620}, {"U22N", 2972}, {"U40S", 2975},
    {"U38S", 4471}, {"WM", 3857},
};

#define CRS_CODE_COUNT ((int)(sizeof(crs_codes) / sizeof(crs_codes[0])))

/* Longest codes first: matching takes the first code that fits. */
static const pcrs_tile_band_code band_codes[] = {
    {"RVBI", 4, "rouge, vert, bleu, proche infrarouge"},
    {"RGBI", 4, "red, green, blue, near infrared"},
    {"RVB", 3, "rouge, vert, bleu"},
    {"RGB", 3, "red, green, blue"},
    {"IRC", 3, "infrarouge couleur (PIR, rouge, vert)"},
    {"PAN", 1, "panchromatique"},
    {"NB", 1, "noir et blanc"},
};

#define BAND_CODE_COUNT ((int)(sizeof(band_codes) / sizeof(band_codes[0])))

int pcrs_tile_pattern_count(void) { return PATTERN_COUNT; }

const pcrs_tile_pattern_def *pcrs_tile_pattern_def_at(int index)
{
    return index >= 0 && index < PATTERN_COUNT ? &pattern_defs[index] : NULL;
}

int pcrs_tile_crs_code_count(void) { return CRS_CODE_COUNT; }

const pcrs_tile_crs_code *pcrs_tile_crs_code_at(int index)
{
    return index >= 0 && index < CRS_CODE_COUNT ? &crs_codes[index] : NULL;
}

int pcrs_tile_band_code_count(void) { return BAND_CODE_COUNT; }

const pcrs_tile_band_code *pcrs_tile_band_code_at(int index)
{
    return index >= 0 && index < BAND_CODE_COUNT ? &band_codes[index] : NULL;
}

int pcrs_tile_crs_epsg(const char *code)
{
    for (int i = 0; code && i < CRS_CODE_COUNT; i++)
        if (pcrs_tiles_strcasecmp(code, crs_codes[i].code) == 0)
            return crs_codes[i].epsg;
    return 0;
}

const char *pcrs_tile_crs_token(int epsg)
{
    for (int i = 0; i < CRS_CODE_COUNT; i++)
        if (crs_codes[i].epsg == epsg)
            return crs_codes[i].code;
    return NULL;
}

/* ---- Compiled built-in patterns ---- */

static pcrs_tile_pattern compiled[PATTERN_COUNT];
static int compiled_state[PATTERN_COUNT]; /* 0 not yet, 1 ok */

const pcrs_tile_pattern *pcrs_tile_pattern_at(int index)
{
    if (index < 0 || index >= PATTERN_COUNT)
        return NULL;
    /* Compiling is deterministic: a race writes the same bytes twice. */
    if (!compiled_state[index]) {
        const pcrs_tile_pattern_def *def = &pattern_defs[index];
        pcrs_tile_pattern p;
        if (pcrs_tile_pattern_compile(def->template_text, def->unit, def->tile_size, &p, NULL, 0) !=
            PCRS_OK)
            return NULL;
        snprintf(p.name, sizeof(p.name), "%s", def->name);
        compiled[index] = p;
        compiled_state[index] = 1;
    }
    return &compiled[index];
}

int pcrs_tile_pattern_find(const char *name)
{
    for (int i = 0; name && i < PATTERN_COUNT; i++)
        if (pcrs_tiles_strcasecmp(name, pattern_defs[i].name) == 0)
            return i;
    return -1;
}

/* ---- Template compilation ---- */

static const struct {
    const char *name;
    pcrs_tile_token_kind kind;
} token_names[] = {
    {"YEAR", PCRS_TOKEN_YEAR},   {"DEPT", PCRS_TOKEN_DEPT}, {"PREFIX", PCRS_TOKEN_PREFIX},
    {"X", PCRS_TOKEN_X},         {"Y", PCRS_TOKEN_Y},       {"CRS", PCRS_TOKEN_CRS},
    {"RES", PCRS_TOKEN_RES},     {"BANDS", PCRS_TOKEN_BANDS}, {"ENC", PCRS_TOKEN_ENCODING},
};

static void set_err(char *err, size_t size, const char *fmt, ...)
{
    if (!err || size == 0)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, size, fmt, ap);
    va_end(ap);
}

static int add_literal_char(pcrs_tile_pattern *out, char c, int group)
{
    pcrs_tile_token *last = out->token_count ? &out->tokens[out->token_count - 1] : NULL;
    if (last && last->kind == PCRS_TOKEN_LITERAL && last->group == group &&
        strlen(last->literal) + 1 < sizeof(last->literal)) {
        size_t n = strlen(last->literal);
        last->literal[n] = c;
        last->literal[n + 1] = '\0';
        return 1;
    }
    if (out->token_count >= PCRS_TILE_MAX_TOKENS)
        return 0;
    pcrs_tile_token *t = &out->tokens[out->token_count++];
    memset(t, 0, sizeof(*t));
    t->kind = PCRS_TOKEN_LITERAL;
    t->literal[0] = c;
    t->group = group;
    return 1;
}

pcrs_status pcrs_tile_pattern_compile(const char *text, double unit, double tile_size,
                                      pcrs_tile_pattern *out, char *err, size_t err_size)
{
    if (!text || !out || !(unit > 0)) {
        set_err(err, err_size, "tile name pattern: missing template or unit");
        return PCRS_ERR_ARG;
    }
    memset(out, 0, sizeof(*out));
    snprintf(out->name, sizeof(out->name), "CUSTOM");
    out->unit = unit;
    out->tile_size = tile_size > 0 ? tile_size : 0;
    int group = 0, groups = 0, has_x = 0, has_y = 0;
    for (const char *p = text; *p; p++) {
        if (*p == '[') {
            if (group) {
                set_err(err, err_size, "tile name pattern '%s': nested '['", text);
                return PCRS_ERR_ARG;
            }
            group = ++groups;
        } else if (*p == ']') {
            if (!group) {
                set_err(err, err_size, "tile name pattern '%s': ']' without '['", text);
                return PCRS_ERR_ARG;
            }
            group = 0;
        } else if (*p == '{') {
            const char *end = strchr(p, '}');
            if (!end) {
                set_err(err, err_size, "tile name pattern '%s': '{' without '}'", text);
                return PCRS_ERR_ARG;
            }
            char name[16] = "";
            int width = 0;
            size_t len = (size_t)(end - p - 1);
            const char *colon = memchr(p + 1, ':', len);
            size_t name_len = colon ? (size_t)(colon - p - 1) : len;
            if (name_len >= sizeof(name)) {
                set_err(err, err_size, "tile name pattern '%s': unknown token '%.*s'", text,
                        (int)len, p + 1);
                return PCRS_ERR_ARG;
            }
            memcpy(name, p + 1, name_len);
            name[name_len] = '\0';
            if (colon) {
                char *stop = NULL;
                long w = strtol(colon + 1, &stop, 10);
                if (stop != end || w < 1 || w > 12) {
                    set_err(err, err_size, "tile name pattern '%s': bad width in '{%.*s}'", text,
                            (int)len, p + 1);
                    return PCRS_ERR_ARG;
                }
                width = (int)w;
            }
            int kind = -1;
            for (size_t i = 0; i < sizeof(token_names) / sizeof(token_names[0]); i++)
                if (pcrs_tiles_strcasecmp(name, token_names[i].name) == 0)
                    kind = (int)token_names[i].kind;
            if (kind < 0 || (width && kind != PCRS_TOKEN_X && kind != PCRS_TOKEN_Y)) {
                set_err(err, err_size,
                        "tile name pattern '%s': unknown token '{%.*s}' (known: YEAR DEPT PREFIX "
                        "X:w Y:w CRS RES BANDS ENC)",
                        text, (int)len, p + 1);
                return PCRS_ERR_ARG;
            }
            if (out->token_count >= PCRS_TILE_MAX_TOKENS) {
                set_err(err, err_size, "tile name pattern '%s': too many tokens", text);
                return PCRS_ERR_ARG;
            }
            pcrs_tile_token *t = &out->tokens[out->token_count++];
            memset(t, 0, sizeof(*t));
            t->kind = (pcrs_tile_token_kind)kind;
            t->width = width;
            t->group = group;
            has_x |= kind == PCRS_TOKEN_X;
            has_y |= kind == PCRS_TOKEN_Y;
            p = end;
        } else if (*p == '}' || *p == '/' || *p == '\\') {
            set_err(err, err_size, "tile name pattern '%s': unexpected '%c'", text, *p);
            return PCRS_ERR_ARG;
        } else if (!add_literal_char(out, *p, group)) {
            set_err(err, err_size, "tile name pattern '%s': too many tokens", text);
            return PCRS_ERR_ARG;
        }
    }
    if (group) {
        set_err(err, err_size, "tile name pattern '%s': '[' without ']'", text);
        return PCRS_ERR_ARG;
    }
    if (!has_x || !has_y) {
        set_err(err, err_size, "tile name pattern '%s': needs {X} and {Y}", text);
        return PCRS_ERR_ARG;
    }
    return PCRS_OK;
}

/* ---- Resolution tokens ---- */

double pcrs_tile_res_parse(const char *s, size_t len)
{
    size_t i = 0;
    double metres = 0;
    while (i < len && isdigit((unsigned char)s[i]))
        metres = metres * 10 + (s[i++] - '0');
    if (i == 0 || i + 3 != len || (s[i] != 'M' && s[i] != 'm') ||
        !isdigit((unsigned char)s[i + 1]) || !isdigit((unsigned char)s[i + 2]))
        return 0;
    double v = metres + ((s[i + 1] - '0') * 10 + (s[i + 2] - '0')) / 100.0;
    return v > 0 ? v : 0;
}

int pcrs_tile_res_format(double metres, char *out, size_t size)
{
    if (!(metres > 0) || metres > 1e6)
        return 0;
    double cm = metres * 100.0;
    long long icm = llround(cm);
    if (fabs(cm - (double)icm) > 1e-6 * (cm > 1 ? cm : 1) || icm <= 0)
        return 0;
    int n = snprintf(out, size, "%lldM%02lld", icm / 100, icm % 100);
    return n > 0 && (size_t)n < size;
}

/* ---- Matching ---- */

typedef struct match_state {
    const pcrs_tile_pattern *pattern;
    const char *s;
    size_t len;
    pcrs_tile_name *out;
} match_state;

static size_t digits_at(const char *s, size_t len, size_t pos)
{
    size_t n = 0;
    while (pos + n < len && isdigit((unsigned char)s[pos + n]))
        n++;
    return n;
}

static void copy_token(char *dst, size_t dst_size, const char *src, size_t n)
{
    if (n >= dst_size)
        n = dst_size - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

static double number_of(const char *s, size_t n)
{
    double v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static int match_from(match_state *m, int ti, size_t pos);

/* Tries token ti consuming exactly n characters at pos, then the rest. */
static int accept(match_state *m, int ti, size_t pos, size_t n)
{
    const pcrs_tile_token *t = &m->pattern->tokens[ti];
    const char *v = m->s + pos;
    pcrs_tile_name saved = *m->out;
    switch (t->kind) {
    case PCRS_TOKEN_LITERAL:
        break;
    case PCRS_TOKEN_YEAR:
        m->out->year = (int)number_of(v, n);
        break;
    case PCRS_TOKEN_DEPT:
        copy_token(m->out->dept, sizeof(m->out->dept), v, n);
        break;
    case PCRS_TOKEN_PREFIX:
        copy_token(m->out->prefix, sizeof(m->out->prefix), v, n);
        break;
    case PCRS_TOKEN_X:
        m->out->x = number_of(v, n) * m->pattern->unit;
        break;
    case PCRS_TOKEN_Y:
        m->out->y = number_of(v, n) * m->pattern->unit;
        break;
    case PCRS_TOKEN_CRS:
        copy_token(m->out->crs, sizeof(m->out->crs), v, n);
        m->out->epsg = pcrs_tile_crs_epsg(m->out->crs);
        break;
    case PCRS_TOKEN_RES:
        m->out->resolution = pcrs_tile_res_parse(v, n);
        break;
    case PCRS_TOKEN_BANDS:
        copy_token(m->out->bands, sizeof(m->out->bands), v, n);
        break;
    case PCRS_TOKEN_ENCODING:
        copy_token(m->out->encoding, sizeof(m->out->encoding), v, n);
        break;
    }
    if (match_from(m, ti + 1, pos + n))
        return 1;
    *m->out = saved;
    return 0;
}

static int match_token(match_state *m, int ti, size_t pos)
{
    const pcrs_tile_token *t = &m->pattern->tokens[ti];
    const char *s = m->s;
    size_t len = m->len, avail = len - pos;
    switch (t->kind) {
    case PCRS_TOKEN_LITERAL: {
        size_t n = strlen(t->literal);
        return n <= avail && pcrs_tiles_strncasecmp(s + pos, t->literal, n) == 0 &&
               accept(m, ti, pos, n);
    }
    case PCRS_TOKEN_YEAR:
        return digits_at(s, len, pos) >= 4 && accept(m, ti, pos, 4);
    case PCRS_TOKEN_X:
    case PCRS_TOKEN_Y: {
        size_t d = digits_at(s, len, pos);
        if (t->width)
            return d >= (size_t)t->width && accept(m, ti, pos, (size_t)t->width);
        for (size_t n = d; n >= 1; n--)
            if (accept(m, ti, pos, n))
                return 1;
        return 0;
    }
    case PCRS_TOKEN_DEPT: {
        if (avail >= 2 && s[pos] == '2' && (s[pos + 1] == 'A' || s[pos + 1] == 'B'))
            return accept(m, ti, pos, 2);
        size_t d = digits_at(s, len, pos);
        if (d >= 3 && s[pos] == '9' && s[pos + 1] == '7' && accept(m, ti, pos, 3))
            return 1;
        return d >= 2 && accept(m, ti, pos, 2);
    }
    case PCRS_TOKEN_PREFIX: {
        size_t n = 0;
        while (n < avail && n < 8 && isupper((unsigned char)s[pos + n]))
            n++;
        for (; n >= 2; n--)
            if (accept(m, ti, pos, n))
                return 1;
        return 0;
    }
    case PCRS_TOKEN_CRS:
        for (int i = 0; i < CRS_CODE_COUNT; i++) {
            size_t n = strlen(crs_codes[i].code);
            if (n <= avail && pcrs_tiles_strncasecmp(s + pos, crs_codes[i].code, n) == 0 &&
                accept(m, ti, pos, n))
                return 1;
        }
        return 0;
    case PCRS_TOKEN_RES: {
        size_t d = digits_at(s, len, pos);
        return d >= 1 && d + 3 <= avail && pcrs_tile_res_parse(s + pos, d + 3) > 0 &&
               accept(m, ti, pos, d + 3);
    }
    case PCRS_TOKEN_BANDS:
        for (int i = 0; i < BAND_CODE_COUNT; i++) {
            size_t n = strlen(band_codes[i].code);
            if (n <= avail && pcrs_tiles_strncasecmp(s + pos, band_codes[i].code, n) == 0 &&
                accept(m, ti, pos, n))
                return 1;
        }
        return 0;
    case PCRS_TOKEN_ENCODING:
        return avail >= 4 && (s[pos] == 'E' || s[pos] == 'e') && digits_at(s, len, pos + 1) >= 3 &&
               accept(m, ti, pos, 4);
    }
    return 0;
}

static int match_from(match_state *m, int ti, size_t pos)
{
    if (ti >= m->pattern->token_count)
        return pos == m->len;
    int group = m->pattern->tokens[ti].group;
    int group_start = group && (ti == 0 || m->pattern->tokens[ti - 1].group != group);
    if (match_token(m, ti, pos))
        return 1;
    if (group_start) {
        /* Skip the whole optional group. */
        int next = ti;
        while (next < m->pattern->token_count && m->pattern->tokens[next].group == group)
            next++;
        return match_from(m, next, pos);
    }
    return 0;
}

int pcrs_tile_name_parse_with(const pcrs_tile_pattern *pattern, const char *file_name,
                              pcrs_tile_name *out)
{
    if (!pattern || !file_name || !out)
        return 0;
    const char *base = pcrs_tiles_basename(file_name);
    const char *dot = strrchr(base, '.');
    size_t stem_len = dot ? (size_t)(dot - base) : strlen(base);
    memset(out, 0, sizeof(*out));
    out->pattern = -1;
    out->tile_size = pattern->tile_size;
    match_state m = {pattern, base, stem_len, out};
    if (stem_len == 0 || !match_from(&m, 0, 0)) {
        memset(out, 0, sizeof(*out));
        out->pattern = -1;
        return 0;
    }
    if (dot)
        copy_token(out->extension, sizeof(out->extension), dot + 1, strlen(dot + 1));
    return 1;
}

int pcrs_tile_name_parse(const char *file_name, pcrs_tile_name *out)
{
    for (int i = 0; i < PATTERN_COUNT; i++) {
        const pcrs_tile_pattern *p = pcrs_tile_pattern_at(i);
        if (p && pcrs_tile_name_parse_with(p, file_name, out)) {
            out->pattern = i;
            return 1;
        }
    }
    return 0;
}

/* ---- Formatting ---- */

/* Text of one token, "" when the value is absent. Returns 0 on an error. */
static int token_text(const pcrs_tile_pattern *p, const pcrs_tile_token *t,
                      const pcrs_tile_name *v, char *buf, size_t size, char *err, size_t err_size)
{
    buf[0] = '\0';
    switch (t->kind) {
    case PCRS_TOKEN_LITERAL:
        snprintf(buf, size, "%s", t->literal);
        return 1;
    case PCRS_TOKEN_YEAR:
        if (v->year < 0 || v->year > 9999) {
            set_err(err, err_size, "year %d does not fit 4 digits", v->year);
            return 0;
        }
        if (v->year > 0)
            snprintf(buf, size, "%04d", v->year);
        return 1;
    case PCRS_TOKEN_DEPT:
        snprintf(buf, size, "%s", v->dept);
        return 1;
    case PCRS_TOKEN_PREFIX:
        snprintf(buf, size, "%s", v->prefix);
        return 1;
    case PCRS_TOKEN_X:
    case PCRS_TOKEN_Y: {
        double metres = t->kind == PCRS_TOKEN_X ? v->x : v->y;
        double units = metres / p->unit;
        double r = floor(units + 0.5);
        if (fabs(units - r) > 1e-6 || r < 0) {
            set_err(err, err_size, "%c = %.3f m is not a whole number of %g m", 
                    t->kind == PCRS_TOKEN_X ? 'X' : 'Y', metres, p->unit);
            return 0;
        }
        int n = snprintf(buf, size, "%0*.0f", t->width, r);
        if (n < 0 || (size_t)n >= size || (t->width && n > t->width)) {
            set_err(err, err_size, "%c = %.0f m does not fit %d digits of %g m",
                    t->kind == PCRS_TOKEN_X ? 'X' : 'Y', metres, t->width, p->unit);
            return 0;
        }
        return 1;
    }
    case PCRS_TOKEN_CRS: {
        const char *code = v->crs[0] ? v->crs : pcrs_tile_crs_token(v->epsg);
        if (v->epsg && !v->crs[0] && !code) {
            set_err(err, err_size, "EPSG:%d has no tile name code (known: LA93, CC42..CC50, U20N, U22N, U38S, U40S)",
                    v->epsg);
            return 0;
        }
        snprintf(buf, size, "%s", code ? code : "");
        return 1;
    }
    case PCRS_TOKEN_RES:
        if (v->resolution > 0 && !pcrs_tile_res_format(v->resolution, buf, size)) {
            set_err(err, err_size, "pixel size %g m is not a whole number of centimetres",
                    v->resolution);
            return 0;
        }
        return 1;
    case PCRS_TOKEN_BANDS:
        snprintf(buf, size, "%s", v->bands);
        return 1;
    case PCRS_TOKEN_ENCODING:
        snprintf(buf, size, "%s", v->encoding);
        return 1;
    }
    return 1;
}

pcrs_status pcrs_tile_name_format(const pcrs_tile_pattern *pattern, const pcrs_tile_name *values,
                                  char *out, size_t size, char *err, size_t err_size)
{
    if (!pattern || !values || !out || size == 0)
        return PCRS_ERR_ARG;
    size_t pos = 0;
    out[0] = '\0';
    for (int ti = 0; ti < pattern->token_count;) {
        int group = pattern->tokens[ti].group;
        int end = ti + 1;
        if (group)
            while (end < pattern->token_count && pattern->tokens[end].group == group)
                end++;
        char part[128] = "";
        size_t part_len = 0;
        int complete = 1;
        for (int k = ti; k < end; k++) {
            char text[64];
            if (!token_text(pattern, &pattern->tokens[k], values, text, sizeof(text), err,
                            err_size))
                return PCRS_ERR_ARG;
            if (!text[0] && pattern->tokens[k].kind != PCRS_TOKEN_LITERAL)
                complete = 0;
            size_t n = strlen(text);
            if (part_len + n >= sizeof(part))
                return PCRS_ERR_ARG;
            memcpy(part + part_len, text, n + 1);
            part_len += n;
        }
        if (!complete) {
            if (!group) {
                set_err(err, err_size, "pattern %s needs a value for every mandatory token",
                        pattern->name);
                return PCRS_ERR_ARG;
            }
            part_len = 0;
        }
        if (pos + part_len >= size) {
            set_err(err, err_size, "tile name too long");
            return PCRS_ERR_ARG;
        }
        memcpy(out + pos, part, part_len);
        pos += part_len;
        out[pos] = '\0';
        ti = end;
    }
    if (values->extension[0]) {
        int n = snprintf(out + pos, size - pos, ".%s", values->extension);
        if (n < 0 || (size_t)n >= size - pos) {
            set_err(err, err_size, "tile name too long");
            return PCRS_ERR_ARG;
        }
    }
    return PCRS_OK;
}
