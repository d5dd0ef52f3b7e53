/* The generated tables behind pcrs_model.h (internal): defined in
 * model_data.c (gen_model.py), read by model.c. */
#ifndef PCRS_MODEL_DATA_H
#define PCRS_MODEL_DATA_H

#include "pcrs/pcrs_model.h"

typedef struct pcrs_codepoint_range {
    unsigned int first, last; /* inclusive */
} pcrs_codepoint_range;

extern const pcrs_class pcrs_model_classes_[];
extern const int pcrs_model_class_count_;
extern const int pcrs_model_classes_by_name_[];       /* indices, sorted by strcmp of name */
extern const int pcrs_model_classes_by_lower_name_[]; /* indices, sorted by ASCII-lowercased name */

extern const pcrs_codelist pcrs_model_codelists_[];
extern const int pcrs_model_codelist_count_;

/* Sorted, disjoint ranges of code points that XSD's \w does not match. */
extern const pcrs_codepoint_range pcrs_xsd_nonword_ranges_[];
extern const int pcrs_xsd_nonword_range_count_;

#endif
