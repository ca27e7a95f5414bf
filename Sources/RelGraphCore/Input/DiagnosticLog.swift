/// The input problems of a run, bounded: the first `limit` are kept (in input order), the rest
/// only counted, so that a file of millions of bad lines (or random bytes given as `.jsonl`) does
/// not hold millions of messages. `summary` is the one note that counts what was left out.
public struct DiagnosticLog: Sendable {
    /// Diagnostics kept one by one.
    public let limit: Int
    public private(set) var kept: [Diagnostic] = []
    /// Diagnostics counted but not kept.
    public private(set) var omitted = 0
    /// Warnings and errors, kept or not (what `--strict` and the summary line count).
    public private(set) var problems = 0

    /// The code of the note counting the diagnostics not kept.
    public static let moreCode = "diagnostics-more"

    public init(limit: Int) { self.limit = limit }

    public mutating func append(_ d: Diagnostic) {
        if d.severity >= .warning { problems += 1 }
        if kept.count < limit { kept.append(d) } else { omitted += 1 }
    }

    public mutating func append(contentsOf ds: some Sequence<Diagnostic>) {
        for d in ds { append(d) }
    }

    /// Appends `d` past the limit (a diagnostic bounded elsewhere, such as the unresolved notes).
    mutating func appendUncounted(_ d: Diagnostic) {
        if d.severity >= .warning { problems += 1 }
        kept.append(d)
    }

    /// The note counting `omitted` diagnostics left out of lists of at most `limit`.
    public static func moreNote(omitted: Int, limit: Int) -> Diagnostic {
        Diagnostic(.note, "(all inputs)", moreCode, "\(omitted) more input diagnostic(s) not listed (the first \(limit) are)")
    }

    /// The diagnostics kept, then the note counting the rest.
    public var all: [Diagnostic] { kept + (omitted == 0 ? [] : [Self.moreNote(omitted: omitted, limit: limit)]) }
}
