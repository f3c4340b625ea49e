#ifndef CLAIMAUDIT_CLIBXML2_SHIM_H
#define CLAIMAUDIT_CLIBXML2_SHIM_H

/* Keep the system ICU out of the Clang module: libxml/encoding.h would
   otherwise pull in <unicode/ucnv.h>, whose types clash with the toolchain's
   _FoundationICU on a clean build (see shared libxml2 notes, section 1). */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlschemastypes.h>

/* xmlFree is a mutable C global; Swift 6 rejects touching it directly. */
static inline void cxml_free(void *p) { xmlFree(p); }

/* Refuses every external entity, DTD and XInclude load: installed once. */
static xmlParserInputPtr cxml_no_external_loader(const char *url, const char *id,
                                                 xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return NULL;
}
static inline void cxml_install_safe_loader(void) {
    xmlSetExternalEntityLoader(cxml_no_external_loader);
}

#endif
