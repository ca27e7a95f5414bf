/// A problem found while reading or linking input. Diagnostics never stop a batch.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case note, warning, error
        public static func < (a: Severity, b: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    public var severity: Severity
    /// File path, with `:line` for `.jsonl` records when known.
    public var location: String
    public var message: String
    /// Short machine-readable code (`invalid-utf8`, `placeholder-date`, …).
    public var code: String

    public init(_ severity: Severity, _ location: String, _ code: String, _ message: String) {
        self.severity = severity
        self.location = location
        self.code = code
        self.message = message
    }

    public var description: String { "\(location): \(severity.rawValue): \(message) [\(code)]" }
}
