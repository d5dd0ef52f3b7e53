/* Report internals shared with the writers (internal). */
#ifndef PCRS_VALIDATE_REPORT_H
#define PCRS_VALIDATE_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "pcrs/pcrs_validate.h"

typedef struct validate_report_file {
    const char *path;
    const char *kind; /* "pcrs", "tile", "skipped"… or NULL */
    int64_t feature_count; /* -1: not a document */
} validate_report_file;

int validate_report_file_count(const pcrs_report *report);
const validate_report_file *validate_report_file_at(const pcrs_report *report, int index);

#endif
