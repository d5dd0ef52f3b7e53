/* Opens every *.gml and *.xml under autotest/data (recursively) with the
 * reader and reads every feature of every class. Only checks that nothing
 * crashes or leaks, whatever the status: this is the program CI runs under
 * AddressSanitizer. Run from autotest/ (ctest does). */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "pcrs/pcrs_reader.h"

static long messages;

static void on_message(void *user, pcrs_msg_level level, pcrs_status code, const char *message)
{
    (void)user;
    (void)level;
    (void)code;
    if (message && message[0])
        messages++;
}

static int has_extension(const char *name)
{
    size_t n = strlen(name);
    return (n > 4 && (strcmp(name + n - 4, ".gml") == 0 || strcmp(name + n - 4, ".xml") == 0));
}

static int files, opened;

static void read_everything(const char *path)
{
    pcrs_reader_options options;
    pcrs_reader_options_init(&options);
    options.on_message = on_message;
    /* A small spool: the temporary file path is exercised too. */
    options.spool_memory_limit = 16 * 1024;
    pcrs_reader *r = pcrs_reader_create(&options);
    CHECK(r != NULL);
    if (!r)
        return;
    files++;
    pcrs_status st = pcrs_reader_open(r, path);
    printf("%-70s %s\n", path, pcrs_status_string(st));
    CHECK(pcrs_reader_errmsg(r) != NULL);
    if (st == PCRS_OK) {
        opened++;
        pcrs_feature *f = pcrs_feature_create();
        int64_t total = 0;
        for (int c = 0; c < pcrs_model_class_count(); c++) {
            const pcrs_class *cls = pcrs_model_class(c);
            double env[4], z[2];
            pcrs_reader_extent(r, c, env);
            pcrs_reader_z_range(r, c, z);
            pcrs_reader_epsg(r, c);
            int64_t n = pcrs_reader_feature_count(r, c);
            total += n;
            for (int64_t i = 0; i < n; i++) {
                CHECK_INT(pcrs_reader_read_feature(r, c, i, f), PCRS_OK);
                pcrs_feature_gml_id(f);
                for (int p = 0; p < cls->property_count; p++) {
                    for (int k = 0; k < pcrs_feature_value_count(f, p); k++) {
                        const char *v = pcrs_feature_value(f, p, k);
                        CHECK(v != NULL);
                        pcrs_feature_integer(f, p, k);
                        pcrs_feature_real(f, p, k);
                        int y, m, d;
                        pcrs_feature_date(f, p, k, &y, &m, &d);
                    }
                }
                size_t size;
                const unsigned char *wkb = pcrs_feature_geometry(f, &size);
                CHECK(wkb == NULL || size >= 5);
            }
        }
        CHECK_INT(total, pcrs_reader_total_feature_count(r));
        pcrs_feature_destroy(f);
    } else {
        CHECK(pcrs_reader_errmsg(r)[0] != '\0');
        CHECK_INT(pcrs_reader_total_feature_count(r), 0);
    }
    pcrs_reader_destroy(r);
}

static void walk(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    /* Sorted for a stable output. */
    char **names = NULL;
    size_t count = 0, capacity = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (count == capacity) {
            capacity = capacity ? capacity * 2 : 64;
            names = realloc(names, capacity * sizeof *names);
        }
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        names[count] = malloc(n);
        snprintf(names[count], n, "%s/%s", dir, e->d_name);
        count++;
    }
    closedir(d);
    for (size_t i = 1; i < count; i++)
        for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            char *t = names[j];
            names[j] = names[j - 1];
            names[j - 1] = t;
        }
    for (size_t i = 0; i < count; i++) {
        struct stat sb;
        if (stat(names[i], &sb) == 0) {
            if (S_ISDIR(sb.st_mode))
                walk(names[i]);
            else if (S_ISREG(sb.st_mode) && has_extension(names[i]))
                read_everything(names[i]);
        }
        free(names[i]);
    }
    free(names);
}

int main(int argc, char **argv)
{
    walk(argc > 1 ? argv[1] : "data");
    printf("%d files, %d opened, %ld messages\n", files, opened, messages);
    CHECK(files > 0);
    CHECK(opened > 0);
    CHECK_DONE();
}
