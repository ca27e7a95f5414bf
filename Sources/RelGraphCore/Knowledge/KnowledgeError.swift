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

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read the knowledge base file (\(reason)); check the path and permissions."
        case .syntax(let file, let line, let column, let message):
            return "\(file):\(line):\(column): malformed YAML: \(message). Fix the YAML at that place."
        case .invalid(let loc, let message):
            return "\(loc): \(message)"
        case .defaultMissing:
            return "the default knowledge base is not in the build (resource bundle missing); rebuild with `swift build`, or give a complete knowledge base of your own."
        }
    }
}
