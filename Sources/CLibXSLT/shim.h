#ifndef CLAIMAUDIT_CLIBXSLT_SHIM_H
#define CLAIMAUDIT_CLIBXSLT_SHIM_H

/* Same ICU guard as CLibXML2's shim: both modules see libxml2's headers and
   must agree on them (shared libxml2 notes, section 1). */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <stdarg.h>
#include <stdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>
#include <libxslt/security.h>

/* Messages libxslt reports through its printf-style error callbacks, which
   Swift cannot implement (they are variadic): formatted here into a buffer
   the Swift side reads. Truncated at 4 KB. */
typedef struct {
    char text[4096];
    size_t length;
} cxslt_messages;

static void cxslt_collect(void *ctx, const char *msg, ...) {
    cxslt_messages *m = (cxslt_messages *)ctx;
    if (m == NULL || msg == NULL) return;
    size_t room = sizeof(m->text) - m->length;
    if (room <= 1) return;
    va_list ap;
    va_start(ap, msg);
    int n = vsnprintf(m->text + m->length, room, msg, ap);
    va_end(ap);
    if (n > 0) m->length += ((size_t)n < room) ? (size_t)n : room - 1;
}

/* Errors while compiling a stylesheet go to libxslt's process-wide generic
   handler; point it at `m` for the duration, then back to the default. */
static inline void cxslt_capture_generic(cxslt_messages *m) {
    xsltSetGenericErrorFunc(m, m ? cxslt_collect : NULL);
}

/* Errors while transforming go to a per-transformation handler. */
static inline void cxslt_capture_transform(xsltTransformContextPtr ctxt, cxslt_messages *m) {
    xsltSetTransformErrorFunc(ctxt, m, cxslt_collect);
}

/* xmlFree is a mutable C global; Swift 6 rejects touching it directly. */
static inline void cxslt_free(void *p) { xmlFree(p); }

#endif
