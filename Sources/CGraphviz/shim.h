/*
 * shim.h — the C surface of Graphviz (libgvc + libcgraph) that RelGraphRender uses.
 *
 * Included through module.modulemap (module CGraphviz). pkg-config (libgvc) puts the
 * Graphviz include directory itself on the search path (-I/usr/include/graphviz on Debian,
 * -I<prefix>/include/graphviz on Homebrew), so the headers are included without the
 * "graphviz/" prefix.
 *
 * Everything here is `static inline` so the module needs no compiled C target.
 */
#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H

#include <stddef.h>
#include <graphviz_version.h>
#include <gvc.h>
#include <cgraph.h>

/* ---- Graph descriptors -------------------------------------------------------------
 * Agdirected & co. are mutable C globals; Swift 6 language mode rejects reading them as
 * not concurrency-safe. Return copies instead. */

/** A copy of `Agdirected` (non-strict directed graph). */
static inline Agdesc_t rg_desc_directed(void) { return Agdirected; }
/** A copy of `Agundirected` (non-strict undirected graph). */
static inline Agdesc_t rg_desc_undirected(void) { return Agundirected; }
/** A copy of `Agstrictdirected`. */
static inline Agdesc_t rg_desc_strict_directed(void) { return Agstrictdirected; }
/** A copy of `Agstrictundirected`. */
static inline Agdesc_t rg_desc_strict_undirected(void) { return Agstrictundirected; }

/* ---- Rendering to memory -----------------------------------------------------------
 * gvRenderData's length parameter is `unsigned int *` up to Graphviz 2.x and `size_t *`
 * from 3.0 on (which also defines GRAPHVIZ_VERSION_MAJOR). This wrapper always takes a
 * size_t * so the Swift side compiles against both. Returns gvRenderData's result
 * (0 on success). On success *result must be released with gvFreeRenderData. */
static inline int rg_render_data(GVC_t *gvc, Agraph_t *g, const char *format,
                                 char **result, size_t *length) {
    if (result) *result = NULL;
    if (length) *length = 0;
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 3
    return gvRenderData(gvc, g, format, result, length);
#else
    unsigned int len = 0;
    int rc = gvRenderData(gvc, g, format, result, &len);
    if (length) *length = (size_t)len;
    return rc;
#endif
}

/* ---- Error reporting ---------------------------------------------------------------
 * cgraph reports errors and warnings through agerr(). With a callback installed by
 * agseterrf, each message arrives in fragments ("Error", ": ", "text\n"); the caller joins
 * them. agreseterrors() returns the highest level seen since the last reset (AGERR = 1)
 * and resets it. */

/** Installs `handler` (may be NULL for "print to stderr") and returns the previous one. */
static inline agusererrf rg_set_error_handler(agusererrf handler) { return agseterrf(handler); }

/** Sets the minimum level that is reported immediately (AGWARN reports everything) and
 *  returns the previous level. */
static inline agerrlevel_t rg_set_error_level(agerrlevel_t level) { return agseterr(level); }

/** Resets cgraph's "worst level seen" and returns the previous worst level. */
static inline int rg_reset_errors(void) { return agreseterrors(); }

/** cgraph's value for "an error was reported" (compare with rg_reset_errors()). */
static inline int rg_error_level_error(void) { return (int)AGERR; }

/** The Graphviz version this module was compiled against (e.g. "2.43.0"). */
static inline const char *rg_graphviz_version(void) { return PACKAGE_VERSION; }

#endif /* RELGRAPH_CGRAPHVIZ_SHIM_H */
