#ifndef CROSSWALK_CLIBXML2_SHIM_H
#define CROSSWALK_CLIBXML2_SHIM_H

/*
 * libxml2 on this platform is built with ICU. With LIBXML_ICU_ENABLED defined,
 * <libxml/encoding.h> includes <unicode/ucnv.h>, whose declarations clash with the
 * ICU module that Foundation brings in. Nothing in Crosswalk uses the ICU-specific
 * converter API, so the macro is undefined before any other libxml2 header is read.
 */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/xmlmemory.h>
#include <libxml/globals.h>
#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/catalog.h>

/*
 * Small header-only helpers for things Swift cannot express directly:
 * xmlFree is a (thread-local, macro-wrapped) function pointer, and libxml2's
 * generic error callback is variadic.
 */

static inline void crosswalk_xml_free(void *ptr) {
    if (ptr != NULL) {
        xmlFree(ptr);
    }
}

/* Saved thread-local error callbacks (stored as void * so Swift can import the struct). */
typedef struct {
    void *genericFunction;
    void *genericContext;
    void *structuredFunction;
    void *structuredContext;
    /* Where this thread keeps the four globals: looked up once per scope (each lookup of
       libxml2's per-thread globals costs a thread check), and restored through them. */
    xmlGenericErrorFunc *genericFunctionSlot;
    void **genericContextSlot;
    xmlStructuredErrorFunc *structuredFunctionSlot;
    void **structuredContextSlot;
} crosswalk_xml_error_scope;

static inline void crosswalk_xml_discard_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/*
 * Routes libxml2's *thread-local* error callbacks to `handler` for the duration of one
 * synchronous call on the current thread, and silences the generic (stderr) channel.
 * Errors that libxml2 raises with a parser context still go to that context's own
 * structured handler first; this only catches context-less errors (I/O, encoding
 * conversion) and the few direct xmlGenericError() calls, which would otherwise be
 * printed to stderr. Always pair with crosswalk_xml_error_scope_leave on the same thread.
 */
static inline crosswalk_xml_error_scope
crosswalk_xml_error_scope_enter(xmlStructuredErrorFunc handler, void *context) {
    crosswalk_xml_error_scope saved;
    saved.genericFunctionSlot = &xmlGenericError;
    saved.genericContextSlot = &xmlGenericErrorContext;
    saved.structuredFunctionSlot = &xmlStructuredError;
    saved.structuredContextSlot = &xmlStructuredErrorContext;
    saved.genericFunction = (void *)*saved.genericFunctionSlot;
    saved.genericContext = *saved.genericContextSlot;
    saved.structuredFunction = (void *)*saved.structuredFunctionSlot;
    saved.structuredContext = *saved.structuredContextSlot;
    *saved.genericFunctionSlot = crosswalk_xml_discard_generic_error;
    *saved.genericContextSlot = NULL;
    *saved.structuredFunctionSlot = handler;
    *saved.structuredContextSlot = context;
    return saved;
}

static inline void crosswalk_xml_error_scope_leave(crosswalk_xml_error_scope saved) {
    *saved.genericFunctionSlot = (xmlGenericErrorFunc)saved.genericFunction;
    *saved.genericContextSlot = saved.genericContext;
    *saved.structuredFunctionSlot = (xmlStructuredErrorFunc)saved.structuredFunction;
    *saved.structuredContextSlot = saved.structuredContext;
}

#endif /* CROSSWALK_CLIBXML2_SHIM_H */
