/* The report of a validation run: findings (copied into a block arena so
 * that their strings never move), exact totals per rule, files looked at. */
#include <stdlib.h>
#include <string.h>

#include "pcrs/pcrs_validate.h"
#include "validate_report.h"

#define ARENA_BLOCK ((size_t)64 << 10)
#define DEFAULT_LIMIT_PER_RULE 10000

typedef struct arena_block {
    struct arena_block *next;
    size_t used, size;
    char data[];
} arena_block;

typedef struct kept_finding {
    pcrs_finding finding;
    int file_order; /* order of the file in `files`, for sorting */
    int64_t sequence;
} kept_finding;

struct pcrs_report {
    arena_block *blocks;
    kept_finding *findings;
    int64_t count, capacity;
    int64_t limit_per_rule;
    int64_t *rule_totals;  /* all findings per rule */
    int64_t *rule_kept;
    int64_t severity_totals[3];
    validate_report_file *files;
    int file_count, file_capacity;
};

static const char *arena_copy(pcrs_report *r, const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    arena_block *b = r->blocks;
    if (!b || b->size - b->used < n) {
        size_t size = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        arena_block *nb = malloc(sizeof *nb + size);
        if (!nb)
            return NULL;
        nb->next = r->blocks;
        nb->used = 0;
        nb->size = size;
        r->blocks = b = nb;
    }
    char *p = b->data + b->used;
    memcpy(p, s, n);
    b->used += n;
    return p;
}

pcrs_report *pcrs_report_create(void)
{
    pcrs_report *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->limit_per_rule = DEFAULT_LIMIT_PER_RULE;
    r->rule_totals = calloc((size_t)pcrs_rule_count(), sizeof *r->rule_totals);
    r->rule_kept = calloc((size_t)pcrs_rule_count(), sizeof *r->rule_kept);
    if (!r->rule_totals || !r->rule_kept) {
        pcrs_report_destroy(r);
        return NULL;
    }
    return r;
}

void pcrs_report_destroy(pcrs_report *r)
{
    if (!r)
        return;
    while (r->blocks) {
        arena_block *next = r->blocks->next;
        free(r->blocks);
        r->blocks = next;
    }
    free(r->findings);
    free(r->rule_totals);
    free(r->rule_kept);
    free(r->files);
    free(r);
}

void pcrs_report_set_limit_per_rule(pcrs_report *r, int64_t limit)
{
    if (r)
        r->limit_per_rule = limit > 0 ? limit : 0;
}

/* Index of a file in the list (added if new), -1 out of memory. */
static int file_order(pcrs_report *r, const char *path)
{
    if (!path)
        return -1;
    for (int i = r->file_count; i-- > 0;)
        if (strcmp(r->files[i].path, path) == 0)
            return i;
    if (r->file_count == r->file_capacity) {
        int cap = r->file_capacity ? r->file_capacity * 2 : 16;
        validate_report_file *files = realloc(r->files, (size_t)cap * sizeof *files);
        if (!files)
            return -1;
        r->files = files;
        r->file_capacity = cap;
    }
    const char *copy = arena_copy(r, path);
    if (!copy)
        return -1;
    validate_report_file *f = &r->files[r->file_count];
    memset(f, 0, sizeof *f);
    f->path = copy;
    f->feature_count = -1;
    return r->file_count++;
}

int pcrs_report_add_file(pcrs_report *r, const char *path, const char *kind, int64_t feature_count)
{
    if (!r || !path)
        return -1;
    int i = file_order(r, path);
    if (i < 0)
        return -1;
    validate_report_file *f = &r->files[i];
    if (kind && !(f->kind = arena_copy(r, kind)))
        return -1;
    f->feature_count = feature_count;
    return 0;
}

int pcrs_report_add(pcrs_report *r, const pcrs_finding *in)
{
    const pcrs_rule *rule = in ? pcrs_rule_at(in->rule) : NULL;
    if (!r || !rule)
        return -1;
    r->rule_totals[in->rule]++;
    r->severity_totals[rule->severity]++;
    if (r->limit_per_rule && r->rule_kept[in->rule] >= r->limit_per_rule)
        return 0;
    if (r->count == r->capacity) {
        int64_t cap = r->capacity ? r->capacity * 2 : 256;
        kept_finding *f = realloc(r->findings, (size_t)cap * sizeof *f);
        if (!f)
            return -1;
        r->findings = f;
        r->capacity = cap;
    }
    kept_finding *k = &r->findings[r->count];
    k->finding = *in;
    k->file_order = in->file ? file_order(r, in->file) : -1;
    if (in->file) {
        if (k->file_order < 0)
            return -1;
        k->finding.file = r->files[k->file_order].path;
    }
    pcrs_finding *f = &k->finding;
    const char **fields[] = {&f->element, &f->gml_id, &f->feature_class,
                             &f->value,   &f->expected, &f->detail};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        if (*fields[i] && !(*fields[i] = arena_copy(r, *fields[i])))
            return -1;
    }
    k->sequence = r->count++;
    r->rule_kept[in->rule]++;
    return 0;
}

int64_t pcrs_report_finding_count(const pcrs_report *r) { return r ? r->count : 0; }

const pcrs_finding *pcrs_report_finding(const pcrs_report *r, int64_t index)
{
    if (!r || index < 0 || index >= r->count)
        return NULL;
    return &r->findings[index].finding;
}

int64_t pcrs_report_rule_total(const pcrs_report *r, int rule)
{
    if (!r || rule < 0 || rule >= pcrs_rule_count())
        return 0;
    return r->rule_totals[rule];
}

int64_t pcrs_report_severity_total(const pcrs_report *r, pcrs_severity severity)
{
    if (!r || (int)severity < 0 || (int)severity > 2)
        return 0;
    return r->severity_totals[severity];
}

static int compare_findings(const void *pa, const void *pb)
{
    const kept_finding *a = pa, *b = pb;
    /* Findings about no file (the input) first. */
    if (a->file_order != b->file_order)
        return a->file_order < b->file_order ? -1 : 1;
    if (a->finding.line != b->finding.line)
        return a->finding.line < b->finding.line ? -1 : 1;
    if (a->finding.rule != b->finding.rule)
        return a->finding.rule < b->finding.rule ? -1 : 1;
    return a->sequence < b->sequence ? -1 : a->sequence > b->sequence;
}

void pcrs_report_sort(pcrs_report *r)
{
    if (r && r->count > 1)
        qsort(r->findings, (size_t)r->count, sizeof *r->findings, compare_findings);
}

int validate_report_file_count(const pcrs_report *r) { return r ? r->file_count : 0; }

const validate_report_file *validate_report_file_at(const pcrs_report *r, int index)
{
    if (!r || index < 0 || index >= r->file_count)
        return NULL;
    return &r->files[index];
}

/* ---- messages ---- */

static const char *template_argument(const pcrs_finding *f, const char *name, size_t len)
{
    static const struct {
        const char *name;
        size_t offset;
    } args[] = {
        {"element", offsetof(pcrs_finding, element)}, {"id", offsetof(pcrs_finding, gml_id)},
        {"class", offsetof(pcrs_finding, feature_class)}, {"value", offsetof(pcrs_finding, value)},
        {"expected", offsetof(pcrs_finding, expected)}, {"detail", offsetof(pcrs_finding, detail)},
    };
    for (size_t i = 0; i < sizeof args / sizeof *args; i++) {
        if (strlen(args[i].name) == len && memcmp(args[i].name, name, len) == 0) {
            const char *v = *(const char *const *)((const char *)f + args[i].offset);
            return v ? v : "";
        }
    }
    return NULL;
}

const char *pcrs_finding_message(const pcrs_finding *f, pcrs_lang lang, char *out, size_t size)
{
    if (!out || size == 0)
        return out;
    out[0] = '\0';
    const pcrs_rule *rule = f ? pcrs_rule_at(f->rule) : NULL;
    if (!rule)
        return out;
    const char *t = lang == PCRS_LANG_EN ? rule->message_en : rule->message_fr;
    size_t used = 0;
    while (*t && used + 1 < size) {
        const char *arg = NULL;
        const char *close = *t == '{' ? strchr(t, '}') : NULL;
        if (close)
            arg = template_argument(f, t + 1, (size_t)(close - t - 1));
        if (!arg) {
            out[used++] = *t++;
            continue;
        }
        size_t n = strlen(arg);
        if (n > size - 1 - used)
            n = size - 1 - used;
        memcpy(out + used, arg, n);
        used += n;
        t = close + 1;
    }
    out[used] = '\0';
    return out;
}
