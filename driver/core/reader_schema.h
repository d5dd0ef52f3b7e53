/* XSD validation during the reading pass (internal): the caller's compiled
 * schema is plugged into the xmlTextReader, and libxml2's validity errors
 * become PCRS_ERR_SCHEMA messages "<file>:<line>: <pcrs:x>: <reason>". */
#ifndef PCRS_READER_SCHEMA_H
#define PCRS_READER_SCHEMA_H

#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include "reader_messages.h"

/* Plugs `schema` (an xmlSchemaPtr) into `xml` before its first read. 0 or -1. */
int reader_schema_attach(xmlTextReaderPtr xml, void *schema);

/* 1 if `error` is a schema validity error (reported here, reading goes on). */
int reader_schema_error(reader_messages *m, const xmlError *error);

#endif
