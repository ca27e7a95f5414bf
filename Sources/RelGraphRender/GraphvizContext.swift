import CGraphviz

/// Owns one Graphviz context (`GVC_t`).
///
/// Decision: **one context for the process**, created on first use inside `GraphvizLock.run` and
/// never freed. Graphviz 2.42's pango text-layout plugin keeps a static pointer to the last font
/// name it measured, and that string belongs to the context's font table: after `gvFreeContext`
/// the next render reads freed memory (LeakSanitizer/AddressSanitizer: heap-use-after-free in
/// `libgvplugin_pango` under `textspan_size`). A context that lives on keeps that pointer valid.
///
/// In 2.42 a failed render (an unknown format) can also leave a half-made job in its context, so
/// after any failure the context is *retired* — kept alive, for the same reason, but no longer
/// used — and the next render gets a fresh one. Failures are rare and a context is small.
///
/// Only touched while the lock is held.
final class GraphvizContext {
    let raw: OpaquePointer

    private init(_ gvc: OpaquePointer) { raw = gvc }

    nonisolated(unsafe) private static var current: GraphvizContext?
    nonisolated(unsafe) private static var retired: [GraphvizContext] = []

    /// The process's context, created if needed. Must run inside `GraphvizLock.run`.
    static func shared() throws(GraphvizError) -> GraphvizContext {
        if let c = current { return c }
        guard let gvc = gvContext() else { throw .contextCreationFailed }
        let c = GraphvizContext(gvc)
        current = c
        return c
    }

    /// Stops using the current context after a failure (it stays allocated; see above).
    static func retireShared() {
        if let c = current { retired.append(c) }
        current = nil
    }

    /// Number of contexts retired after failures (for tests).
    static var retiredCount: Int { retired.count }
}
