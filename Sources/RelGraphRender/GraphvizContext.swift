import CGraphviz

/// Owns one Graphviz context (`GVC_t`); frees it with `gvFreeContext` in `deinit`.
///
/// Decision: a fresh context is created for every render, inside `GraphvizLock.run`, and dropped
/// before the lock is released. Creating one costs little (the plugin configuration is read, the
/// plugin libraries stay loaded), and it means no Graphviz state survives a render: in 2.42 a
/// failed `gvRenderData` (unknown format) leaves its half-made job in the context, which a shared
/// context would carry into the next render.
///
/// Only used while the lock is held; never stored beyond one render.
final class GraphvizContext {
    let raw: OpaquePointer

    /// Calls `gvContext()`. Must run inside `GraphvizLock.run`.
    init() throws(GraphvizError) {
        guard let gvc = gvContext() else { throw .contextCreationFailed }
        raw = gvc
    }

    deinit {
        _ = gvFreeContext(raw)
    }
}
