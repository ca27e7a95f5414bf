import Foundation
import CGraphviz
import RelGraphCore

/// Renders a `RelationGraph` with Graphviz's C library, in process (no `dot` executable).
///
/// Thread-safe: any number of threads or tasks may call `render`; the calls are serialised by the
/// process-wide `GraphvizLock` (Graphviz itself is not thread-safe). Every call uses the one
/// process-wide Graphviz context (`GraphvizContext.shared()`; freeing a context and using another
/// crashes Graphviz 2.42's pango plugin, so a context is retired, never freed, after a failure) and
/// frees everything else it allocated (render buffer, layout, graph) on every path.
///
/// Output is deterministic: the same graph and options give the same bytes (nodes and edges are
/// added in sorted order, styles are fixed, dot/neato/fdp/circo are seeded). `sfdp` may differ on
/// the first layout in a process.
public enum GraphvizRenderer {
    /// Lays `graph` out and renders it.
    ///
    /// - Returns: the file contents: UTF-8 text for `svg` and `dot`, binary for `png`/`pdf`.
    /// - Throws: `GraphvizError` (with Graphviz's own message) if a layout or render step fails,
    ///   Graphviz reports an error, or the format's plugin is unavailable.
    public static func render(_ graph: RelationGraph, options: RenderOptions = RenderOptions())
        throws(GraphvizError) -> [UInt8]
    {
        let engine = options.layout.resolved(nodeCount: graph.nodes.count, edgeCount: graph.edges.count).rawValue
        return try render(graph, options: options, engine: engine, format: options.format.graphvizFormat)
    }

    /// Plugins of one kind Graphviz has loaded (e.g. `textlayout` → `["textlayout:pango"]`,
    /// `layout` → dot, neato, …), sorted. Arabic widths are only right with the pango text layout.
    public static func plugins(kind: String) -> [String] {
        (try? GraphvizLock.run { _ throws(GraphvizError) in
            let context = try GraphvizContext.shared()
            var count: Int32 = 0
            guard let list = withCString(kind, { gvPluginList(context.raw, $0, &count, nil) }) else { return [String]() }
            var names: [String] = []
            for i in 0..<Int(count) {
                if let p = list[i] { names.append(String(cString: p)); free(p) }
            }
            free(list)
            return names.sorted()
        }) ?? []
    }

    /// The Graphviz version this module was built against, e.g. `2.43.0`.
    public static var graphvizVersion: String { String(cString: rg_graphviz_version()) }

    /// Lower level, for tests: any engine and `gvRenderData` format name.
    /// - Parameter htmlLabels: node id → HTML-like label (tests of label-error reporting).
    static func render(_ graph: RelationGraph, options: RenderOptions, engine: String, format: String,
                       htmlLabels: [String: String] = [:]) throws(GraphvizError) -> [UInt8]
    {
        var spec = GraphSpec(graph: graph, labels: options.labels, title: options.title, engine: engine,
                             htmlLabels: htmlLabels, options: options)
        // SVG gets its legend appended to the text (below); other drawings (PNG, PDF) carry it in
        // the graph's label, under the title when there is one.
        if options.legend && !format.hasPrefix("svg") && format != "dot" && format != "canon" {
            spec.setLegendLabel(Legend.html(diff: options.diff != nil, colorBy: options.colorBy, title: options.title))
        }
        let bytes = try GraphvizLock.run { log throws(GraphvizError) in
            try renderLocked(spec, engine: engine, format: format, log: log)
        }
        // Graphviz indents its own DOT text with tabs: spaces instead, so no output holds a raw control.
        if format == "dot" || format == "canon" { return bytes.flatMap { $0 == 0x09 ? [0x20, 0x20, 0x20, 0x20] : [$0] } }
        guard options.legend, format == "svg" else { return bytes }
        return Array(Legend.append(to: String(decoding: bytes, as: UTF8.self), diff: options.diff != nil, colorBy: options.colorBy).utf8)
    }

    /// Runs under the lock with the shared context; a failure retires that context (see
    /// `GraphvizContext`).
    private static func renderLocked(_ spec: GraphSpec, engine: String, format: String,
                                     log: GraphvizErrorLog) throws(GraphvizError) -> [UInt8]
    {
        let context = try GraphvizContext.shared()
        _ = log.take()  // whatever gvContext said (plugin configuration warnings) is not ours
        do {
            return try pipeline(spec, context: context, engine: engine, format: format, log: log)
        } catch {
            GraphvizContext.retireShared()
            throw error
        }
    }

    /// build → gvLayout → gvRenderData, with every step's return code and error messages checked,
    /// and gvFreeRenderData, gvFreeLayout, agclose deferred in that order.
    private static func pipeline(_ spec: GraphSpec, context: GraphvizContext, engine: String, format: String,
                                 log: GraphvizErrorLog) throws(GraphvizError) -> [UInt8]
    {
        let graph = try CGraph(spec, log: log)
        defer { graph.close() }
        let built = log.take()
        if built.hadError {
            throw classifyLabelError(built.message) ?? .graphConstructionFailed(step: "build", message: built.message)
        }

        let layoutRC = withCString(engine) { gvLayout(context.raw, graph.raw, $0) }
        // gvFreeLayout is safe whether or not the layout got far (it checks what exists).
        defer { _ = gvFreeLayout(context.raw, graph.raw) }
        let laidOut = log.take()
        if layoutRC != 0 {
            if laidOut.message.contains("not recognized") {
                throw .unknownLayout(name: engine, message: laidOut.message)
            }
            throw .layoutFailed(engine: engine, message: laidOut.message)
        }
        if laidOut.hadError {
            throw classifyLabelError(laidOut.message) ?? .layoutFailed(engine: engine, message: laidOut.message)
        }

        var data: UnsafeMutablePointer<CChar>? = nil
        var length = 0
        let renderRC = rg_render_data(context.raw, graph.raw, format, &data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        let rendered = log.take()
        if renderRC != 0 || data == nil || rendered.hadError {
            throw classifyRenderError(format: format, message: rendered.message)
        }
        let bytes = data.map { Array(UnsafeRawBufferPointer(start: $0, count: length)) } ?? []
        return bytes
    }

    /// `labelParseFailed` if Graphviz's message is about a label (HTML-like label syntax errors
    /// end with "in label of node …" / "in label of edge …").
    static func classifyLabelError(_ message: String) -> GraphvizError? {
        message.contains("in label of") || message.contains("syntax error") ? .labelParseFailed(message: message) : nil
    }

    /// Maps a failed `gvRenderData` to an error: an unknown device name means an unknown format,
    /// or, for a format we offer (`png:cairo`, `pdf:cairo`), a missing plugin.
    static func classifyRenderError(format: String, message: String) -> GraphvizError {
        let parts = format.split(separator: ":", maxSplits: 1).map(String.init)
        let name = parts.first ?? format
        // 2.42 says `renderer for FORMAT is unavailable`; other versions `Format: "X" not recognized`.
        if message.contains("not recognized") || message.contains("unavailable") {
            if parts.count == 2 {
                let plugin = parts[1] == "cairo" ? "cairo renderer (libgvplugin_pango)" : "\"\(parts[1])\" renderer"
                return .pluginUnavailable(format: name, plugin: plugin, message: message)
            }
            return .unknownFormat(name: name, message: message)
        }
        return .renderFailed(format: name, message: message)
    }
}
