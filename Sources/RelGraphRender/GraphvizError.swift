import Foundation

/// The one error type of RelGraphRender: something went wrong while talking to Graphviz.
///
/// Every case that involves Graphviz itself carries `message`: the text Graphviz reported through
/// its error callback during the failing step (its fragments joined, surrounding whitespace
/// trimmed). It may be empty when Graphviz failed without saying why.
public enum GraphvizError: Error, Equatable, Sendable {
    /// `gvContext()` returned NULL (out of memory, or the Graphviz installation is broken).
    case contextCreationFailed
    /// A cgraph call that builds the in-memory graph (`agopen`, `agnode`, `agedge`, `agattr`,
    /// `agsafeset`) failed. `step` names the call and its subject.
    case graphConstructionFailed(step: String, message: String)
    /// The layout engine is not one Graphviz knows (a misspelt `--layout`, or the layout plugin
    /// is missing from Graphviz's plugin configuration).
    case unknownLayout(name: String, message: String)
    /// The layout engine ran but failed or reported an error.
    case layoutFailed(engine: String, message: String)
    /// The output format is not one RelGraphRender offers / Graphviz recognises.
    case unknownFormat(name: String, message: String)
    /// The format is known but the Graphviz plugin that produces it is not installed or not
    /// registered (e.g. `png` or `pdf` without the cairo renderer from `libgvplugin_pango`).
    case pluginUnavailable(format: String, plugin: String, message: String)
    /// Rendering the laid-out graph to `format` failed.
    case renderFailed(format: String, message: String)
    /// Graphviz reported that a label could not be parsed (an HTML-like label with a syntax error).
    /// Graphviz then silently falls back to the node name, so this is only visible through the
    /// error callback; RelGraphRender turns it into a failure instead of a wrong picture.
    case labelParseFailed(message: String)
}

extension GraphvizError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .contextCreationFailed:
            return "Graphviz could not create a context (gvContext returned NULL). "
                + "Check that libgvc is installed correctly (Debian: libgraphviz-dev / libgvc6)."
        case let .graphConstructionFailed(step, message):
            return "Graphviz could not build the graph (\(step) failed)" + Self.suffix(message)
        case let .unknownLayout(name, message):
            let valid = "Use one of: " + Layout.allCases.map(\.rawValue).joined(separator: ", ")
            if Layout(rawValue: name) != nil {
                // A name we offer, yet Graphviz does not know it: its plugins are not registered.
                return "Graphviz does not know the layout engine \"\(name)\": its layout plugins are not "
                    + "registered. Check that /usr/lib/x86_64-linux-gnu/graphviz/config6a exists (reinstall "
                    + "libgvc6, or run `dot -c` as root where the graphviz package is installed)" + Self.suffix(message)
            }
            return "Unknown layout engine \"\(name)\". \(valid)" + Self.suffix(message)
        case let .layoutFailed(engine, message):
            return "Graphviz layout \"\(engine)\" failed" + Self.suffix(message)
                + (engine == "dot" ? " For large graphs use the neato or sfdp layout." : "")
        case let .unknownFormat(name, message):
            return "Unknown output format \"\(name)\". Use one of: "
                + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") + Self.suffix(message)
        case let .pluginUnavailable(format, plugin, message):
            return "Output format \"\(format)\" needs Graphviz's \(plugin) plugin, which is not available. "
                + "Install it (Debian: libgvc6 ships it in libgvplugin_pango) or render svg instead"
                + Self.suffix(message)
        case let .renderFailed(format, message):
            return "Graphviz could not render \(format) output" + Self.suffix(message)
        case let .labelParseFailed(message):
            return "Graphviz could not parse a label" + Self.suffix(message)
        }
    }

    /// The message Graphviz reported, if any (empty for `contextCreationFailed`).
    public var graphvizMessage: String {
        switch self {
        case .contextCreationFailed: return ""
        case let .graphConstructionFailed(_, m), let .unknownLayout(_, m), let .layoutFailed(_, m),
             let .unknownFormat(_, m), let .pluginUnavailable(_, _, m), let .renderFailed(_, m),
             let .labelParseFailed(m):
            return m
        }
    }

    private static func suffix(_ message: String) -> String {
        message.isEmpty ? "." : ". Graphviz said: \(message)"
    }
}

extension GraphvizError: LocalizedError {
    public var errorDescription: String? { description }
}
