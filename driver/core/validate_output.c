/* Writers of a validation report: readable text, JSON, and the rules table
 * as Markdown (for the documentation). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "pcrs/pcrs_validate.h"
#include "validate_report.h"

#define MESSAGE_MAX 4096

static const char *title(const pcrs_rule *rule, pcrs_lang lang)
{
    return lang == PCRS_LANG_EN ? rule->title_en : rule->title_fr;
}

/* "Severity" words of the text report, per language. */
static const char *severity_word(pcrs_severity s, pcrs_lang lang)
{
    if (lang == PCRS_LANG_EN)
        return pcrs_severity_name(s);
    return s == PCRS_SEVERITY_ERROR ? "erreur" : s == PCRS_SEVERITY_WARNING ? "avertissement" : "info";
}

/* ---- text ---- */

const char *pcrs_finding_format(const pcrs_finding *f, pcrs_lang lang, char *out, size_t size)
{
    if (!out || !size)
        return out;
    out[0] = '\0';
    const pcrs_rule *rule = f ? pcrs_rule_at(f->rule) : NULL;
    if (!rule)
        return out;
    char message[MESSAGE_MAX], where[512] = "", what[512] = "", at[96] = "";
    if (f->file && f->line > 0)
        snprintf(where, sizeof where, "%s:%lld: ", f->file, (long long)f->line);
    else if (f->file)
        snprintf(where, sizeof where, "%s: ", f->file);
    if (f->feature_class || f->gml_id)
        snprintf(what, sizeof what, " [%s%s%s%s]", f->feature_class ? f->feature_class : "",
                 f->feature_class && f->gml_id ? " " : "", f->gml_id ? "gml:id=" : "",
                 f->gml_id ? f->gml_id : "");
    if (f->has_location)
        snprintf(at, sizeof at, " (%.3f %.3f)", f->x, f->y);
    snprintf(out, size, "%s%s %s%s: %s%s", where, severity_word(rule->severity, lang), rule->code,
             what, pcrs_finding_message(f, lang, message, sizeof message), at);
    return out;
}

static void write_text_finding(FILE *out, const pcrs_finding *f, pcrs_lang lang)
{
    char line[MESSAGE_MAX + 1024];
    fputs(pcrs_finding_format(f, lang, line, sizeof line), out);
    fputc('\n', out);
}

int pcrs_report_write_text(const pcrs_report *r, FILE *out, pcrs_lang lang, int quiet)
{
    if (!r || !out)
        return -1;
    int en = lang == PCRS_LANG_EN;
    if (!quiet)
        for (int64_t i = 0; i < pcrs_report_finding_count(r); i++)
            write_text_finding(out, pcrs_report_finding(r, i), lang);
    int64_t errors = pcrs_report_severity_total(r, PCRS_SEVERITY_ERROR);
    int64_t warnings = pcrs_report_severity_total(r, PCRS_SEVERITY_WARNING);
    int64_t infos = pcrs_report_severity_total(r, PCRS_SEVERITY_INFO);
    if (errors + warnings + infos > 0) {
        fputs(en ? "\nSummary per rule:\n" : "\nRésumé par règle :\n", out);
        for (int i = 0; i < pcrs_rule_count(); i++) {
            int64_t n = pcrs_report_rule_total(r, i);
            if (!n)
                continue;
            const pcrs_rule *rule = pcrs_rule_at(i);
            fprintf(out, "  %-14s %-13s %8lld  %s\n", rule->code, severity_word(rule->severity, lang),
                    (long long)n, title(rule, lang));
        }
    }
    int files = validate_report_file_count(r);
    if (en)
        fprintf(out, "%s%lld error(s), %lld warning(s), %lld info(s) in %d file(s)\n",
                errors + warnings + infos ? "" : "\n", (long long)errors, (long long)warnings,
                (long long)infos, files);
    else
        fprintf(out, "%s%lld erreur(s), %lld avertissement(s), %lld info(s) dans %d fichier(s)\n",
                errors + warnings + infos ? "" : "\n", (long long)errors, (long long)warnings,
                (long long)infos, files);
    return ferror(out) ? -1 : 0;
}

/* ---- JSON ---- */

static void json_string(FILE *out, const char *s)
{
    if (!s) {
        fputs("null", out);
        return;
    }
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"':
            fputs("\\\"", out);
            break;
        case '\\':
            fputs("\\\\", out);
            break;
        case '\n':
            fputs("\\n", out);
            break;
        case '\r':
            fputs("\\r", out);
            break;
        case '\t':
            fputs("\\t", out);
            break;
        default:
            if (*p < 0x20)
                fprintf(out, "\\u%04x", *p);
            else
                fputc(*p, out);
        }
    }
    fputc('"', out);
}

static void json_number(FILE *out, double v)
{
    if (isfinite(v))
        fprintf(out, "%.15g", v);
    else
        fputs("null", out);
}

static void write_json_finding(FILE *out, const pcrs_finding *f, pcrs_lang lang)
{
    const pcrs_rule *rule = pcrs_rule_at(f->rule);
    char message[MESSAGE_MAX];
    fputs("{\"rule\":", out);
    json_string(out, rule->code);
    fputs(",\"severity\":", out);
    json_string(out, pcrs_severity_name(rule->severity));
    fputs(",\"file\":", out);
    json_string(out, f->file);
    fputs(",\"line\":", out);
    if (f->line > 0)
        fprintf(out, "%lld", (long long)f->line);
    else
        fputs("null", out);
    fputs(",\"element\":", out);
    json_string(out, f->element);
    fputs(",\"gml_id\":", out);
    json_string(out, f->gml_id);
    fputs(",\"class\":", out);
    json_string(out, f->feature_class);
    fputs(",\"message\":", out);
    json_string(out, pcrs_finding_message(f, lang, message, sizeof message));
    fputs(",\"value\":", out);
    json_string(out, f->value);
    fputs(",\"expected\":", out);
    json_string(out, f->expected);
    fputs(",\"detail\":", out);
    json_string(out, f->detail);
    if (f->has_location) {
        fputs(",\"x\":", out);
        json_number(out, f->x);
        fputs(",\"y\":", out);
        json_number(out, f->y);
    } else {
        fputs(",\"x\":null,\"y\":null", out);
    }
    fputs(",\"epsg\":", out);
    if (f->epsg)
        fprintf(out, "%d", f->epsg);
    else
        fputs("null", out);
    fputc('}', out);
}

int pcrs_report_write_json(const pcrs_report *r, FILE *out, pcrs_lang lang)
{
    if (!r || !out)
        return -1;
    fputs("{\"tool\":\"pcrs_validate\",\"version\":", out);
    json_string(out, PCRS_CORE_VERSION);
    fputs(",\"lang\":", out);
    json_string(out, lang == PCRS_LANG_EN ? "en" : "fr");
    fputs(",\n\"files\":[", out);
    for (int i = 0; i < validate_report_file_count(r); i++) {
        const validate_report_file *f = validate_report_file_at(r, i);
        fputs(i ? ",\n {\"path\":" : "\n {\"path\":", out);
        json_string(out, f->path);
        fputs(",\"kind\":", out);
        json_string(out, f->kind);
        fputs(",\"features\":", out);
        if (f->feature_count >= 0)
            fprintf(out, "%lld", (long long)f->feature_count);
        else
            fputs("null", out);
        fputc('}', out);
    }
    fprintf(out, "],\n\"summary\":{\"errors\":%lld,\"warnings\":%lld,\"infos\":%lld,\"rules\":[",
            (long long)pcrs_report_severity_total(r, PCRS_SEVERITY_ERROR),
            (long long)pcrs_report_severity_total(r, PCRS_SEVERITY_WARNING),
            (long long)pcrs_report_severity_total(r, PCRS_SEVERITY_INFO));
    int first = 1;
    for (int i = 0; i < pcrs_rule_count(); i++) {
        int64_t n = pcrs_report_rule_total(r, i);
        if (!n)
            continue;
        const pcrs_rule *rule = pcrs_rule_at(i);
        fputs(first ? "\n {\"rule\":" : ",\n {\"rule\":", out);
        first = 0;
        json_string(out, rule->code);
        fputs(",\"severity\":", out);
        json_string(out, pcrs_severity_name(rule->severity));
        fputs(",\"title\":", out);
        json_string(out, title(rule, lang));
        fprintf(out, ",\"count\":%lld}", (long long)n);
    }
    fputs("]},\n\"findings\":[", out);
    for (int64_t i = 0; i < pcrs_report_finding_count(r); i++) {
        fputs(i ? ",\n " : "\n ", out);
        write_json_finding(out, pcrs_report_finding(r, i), lang);
    }
    fputs("]}\n", out);
    return ferror(out) ? -1 : 0;
}

/* ---- the rules as Markdown ---- */

/* A template with its {arguments} shown as *argument*. */
static void markdown_template(FILE *out, const char *t)
{
    for (; *t; t++) {
        if (*t == '{' || *t == '}')
            fputc('*', out);
        else if (*t == '|')
            fputs("\\|", out);
        else
            fputc(*t, out);
    }
}

int pcrs_rules_write_markdown(FILE *out, pcrs_lang lang)
{
    if (!out)
        return -1;
    int en = lang == PCRS_LANG_EN;
    fputs(en ? "| code | severity | standard | rule | message |\n"
             : "| code | gravité | norme | règle | message |\n",
          out);
    fputs("|---|---|---|---|---|\n", out);
    for (int i = 0; i < pcrs_rule_count(); i++) {
        const pcrs_rule *rule = pcrs_rule_at(i);
        fprintf(out, "| `%s` | %s | %s | %s | ", rule->code, severity_word(rule->severity, lang),
                rule->reference, title(rule, lang));
        markdown_template(out, en ? rule->message_en : rule->message_fr);
        fputs(" |\n", out);
    }
    return ferror(out) ? -1 : 0;
}
