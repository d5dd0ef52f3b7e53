/* gdal-pcrs — public C API of the PCRS core library (umbrella header).
 *
 * The core knows the CNIG PCRS v2.0 format and nothing of GDAL's C++ API:
 * model tables, identification, streaming reader, writer. Style follows
 * PROJ and SQLite: opaque handles with create/destroy pairs, status codes,
 * a message on the handle, and pluggable I/O (pcrs_io.h). */
#ifndef PCRS_H
#define PCRS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PCRS_CORE_VERSION "0.1.0"

/* Status codes returned by every fallible call. */
typedef enum pcrs_status {
    PCRS_OK = 0,
    PCRS_ERR_ARG,        /* invalid argument from the caller */
    PCRS_ERR_NOMEM,      /* allocation failed */
    PCRS_ERR_IO,         /* open/read/write failed */
    PCRS_ERR_XML,        /* not well-formed XML, truncated document */
    PCRS_ERR_HOSTILE,    /* DTD, entities, absurd nesting: refused */
    PCRS_ERR_NOT_PCRS,   /* root is not pcrs:PlanCorpsRueSimplifie */
    PCRS_ERR_VERSION,    /* a PCRS model version we do not read (v1, 2.0beta2) */
    PCRS_ERR_DATA,       /* content that breaks the model (bad value, bad geometry) */
    PCRS_ERR_UNSUPPORTED, /* valid for the XSD but not handled by this library */
    PCRS_ERR_SCHEMA       /* XSD validation error (only when a schema is given to the reader) */
} pcrs_status;

/* Severity of a message passed to a pcrs_message_fn. */
typedef enum pcrs_msg_level {
    PCRS_MSG_DEBUG = 0,
    PCRS_MSG_WARNING = 1,
    PCRS_MSG_ERROR = 2
} pcrs_msg_level;

/* Receives every diagnostic of a handle. Messages are complete sentences
 * that already name the file, the line and the element where there is one,
 * e.g. "lyon.gml:123: <pcrs:thematique>: '5x' is not a valid ...". */
typedef void (*pcrs_message_fn)(void *user, pcrs_msg_level level,
                                pcrs_status code, const char *message);

const char *pcrs_status_string(pcrs_status status);

/* ---- Identification (header bytes only) ---- */

typedef enum pcrs_identity {
    PCRS_ID_NONE = 0,      /* not a PCRS document */
    PCRS_ID_NEED_MORE,     /* root start tag not complete in the bytes given */
    PCRS_ID_V2,            /* PlanCorpsRueSimplifie in http://cnig.gouv.fr/pcrs */
    PCRS_ID_V2_BETA,       /* same root, version attribute absent or "2.0beta*" */
    PCRS_ID_V1             /* 2015 model: namespace http://localhost/pcrs */
} pcrs_identity;

/* Looks at the first bytes of a file (UTF-8 BOM, XML declaration, comments
 * and processing instructions are skipped) and tells whether its root is a
 * PCRS root, whatever the namespace prefix. Never reads beyond `len`. */
pcrs_identity pcrs_identify(const void *header, size_t len);

/* Human-readable name of a model version, for messages ("PCRS v1.0 (2015)"). */
const char *pcrs_identity_name(pcrs_identity id);

#ifdef __cplusplus
}
#endif

#include "pcrs_io.h"
#include "pcrs_model.h"

#endif
