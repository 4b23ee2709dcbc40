#ifndef FELLOWSHIP_CLIBXML2_SHIM_H
#define FELLOWSHIP_CLIBXML2_SHIM_H

// xmlversion.h first, then switch ICU off: otherwise any module that sees both libxml2 and Foundation
// fails with a UErrorCode clash between libxml2's ICU headers and Foundation's bundled ICU.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>

/// `xmlFree` is a mutable global function pointer, which Swift 6 rejects as unsafe shared state.
static inline void fellowship_xml_free(void *pointer) {
    xmlFree(pointer);
}

/// Silences libxml2's default error printer (it writes to stderr); errors are read from the context instead.
static void fellowship_xml_ignore_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void fellowship_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, fellowship_xml_ignore_error);
}

#endif
