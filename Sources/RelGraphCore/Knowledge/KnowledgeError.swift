/// The one error type of the knowledge-base module.
public enum KnowledgeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file could not be read.
    case unreadable(file: String, reason: String)
    /// The YAML itself is malformed.
    case syntax(file: String, line: Int, column: Int, message: String)
    /// The YAML is well formed but an entry is wrong (missing field, bad date, unknown reference…).
    case invalid(SourceLocation, String)
    /// The packaged default knowledge base is missing from the build.
    case defaultMissing

    /// The place (file, or file:line:column), nil for the missing default.
    public var place: String? {
        switch self {
        case .unreadable(let file, _): return file
        case .syntax(let file, let line, let column, _): return "\(file):\(line):\(column)"
        case .invalid(let loc, _): return loc.description
        case .defaultMissing: return nil
        }
    }

    /// What is wrong and what to do, without the place (`description` puts it first; `kb lint`
    /// shows it in its own column, so that no path is printed twice).
    public var message: String {
        switch self {
        case .unreadable(_, let reason):
            return "cannot read the knowledge base file: \(reason)"
        case .syntax(_, _, _, let message):
            return "malformed YAML: \(message). Fix the YAML at that place."
        case .invalid(_, let message):
            return message
        case .defaultMissing:
            return "the default knowledge base is not in the build (resource bundle missing); rebuild with `swift build`, or give a complete knowledge base of your own."
        }
    }

    public var description: String { place.map { "\($0): \(message)" } ?? message }
}
