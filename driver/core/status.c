/* Human-readable names of the core's status codes (pcrs.h). */
#include "pcrs/pcrs.h"

const char *pcrs_status_string(pcrs_status status)
{
    switch (status) {
    case PCRS_OK:
        return "success";
    case PCRS_ERR_ARG:
        return "invalid argument";
    case PCRS_ERR_NOMEM:
        return "out of memory";
    case PCRS_ERR_IO:
        return "input/output error";
    case PCRS_ERR_XML:
        return "XML error (not well-formed or truncated)";
    case PCRS_ERR_HOSTILE:
        return "refused XML construct (DTD, entity or excessive nesting)";
    case PCRS_ERR_NOT_PCRS:
        return "not a PCRS document";
    case PCRS_ERR_VERSION:
        return "unsupported PCRS model version";
    case PCRS_ERR_DATA:
        return "data does not conform to the PCRS model";
    case PCRS_ERR_UNSUPPORTED:
        return "valid PCRS content not supported by this library";
    case PCRS_ERR_SCHEMA:
        return "not valid against the PCRS XML schema";
    }
    return "unknown status";
}
