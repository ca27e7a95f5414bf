/// What `GraphvizRenderer.render` produces.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// SVG 1.1 text (UTF-8), from Graphviz's core SVG renderer.
    case svg
    /// Graphviz's DOT text of the laid-out graph (`gvRenderData` format `"dot"`, as `dot -Tdot`):
    /// all attributes this module set plus the computed positions (`pos`, `bb`, …).
    case dot
    /// PNG bitmap from the cairo renderer (`libgvplugin_pango`).
    case png
    /// PDF from the cairo renderer (`libgvplugin_pango`).
    case pdf

    /// The format name handed to `gvRenderData` (`"png:cairo"` pins the cairo renderer, which
    /// shapes Arabic text; the gd renderer would not).
    var graphvizFormat: String {
        switch self {
        case .svg: return "svg"
        case .dot: return "dot"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        }
    }

    /// Usual file-name extension.
    public var fileExtension: String { rawValue }

    /// Parses a user-supplied name (case-insensitive), e.g. a command-line value.
    /// - Throws: `GraphvizError.unknownFormat` listing the valid names.
    public init(parsing name: String) throws(GraphvizError) {
        guard let format = OutputFormat(rawValue: name.lowercased()) else {
            throw .unknownFormat(name: name, message: "")
        }
        self = format
    }
}
