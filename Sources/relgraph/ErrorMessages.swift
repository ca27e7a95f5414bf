import ArgumentParser
import RelGraphCore
import RelGraphRender
import RelGraphStore

/// The one place where an error becomes the message a user reads. The libraries' errors say what
/// is wrong and what to change without naming command-line flags; here they get the flag that
/// changes it.
enum ErrorMessages {
    /// The message for `error`, nil for errors ArgumentParser reports itself (usage, help, exit codes).
    static func message(for error: Error) -> String? {
        switch error {
        case let e as CLIError: return e.message
        case let e as FilterError:
            switch e {
            case .unknownEgo: return "--ego: \(e.description)"
            }
        case let e as CentralityError: return "centrality: " + centrality(e)
        case let e as KnowledgeError:
            if case .defaultMissing = e { return e.description + " (--kb adds files to it; it cannot replace it)" }
            return e.description
        case let e as WikidataImportError:
            if case .unknownReference = e { return "kb import: \(e.description) (fix the positions file given with --positions, or add the office or country with --kb)" }
            return "kb import: " + e.description
        case let e as GraphvizError: return "render: \(e.description)"
        case let e as SnapshotError: return e.description
        case let e as AtomicFile.WriteError: return e.description
        case let e as EvaluationError: return e.description
        case let e as StoreError: return e.description
        default: return nil
        }
    }

    static func centrality(_ e: CentralityError) -> String {
        switch e {
        case .notConverged(let m, let n): return "\(m) did not converge in \(n) iterations; raise --max-iter or --tolerance."
        case .needsDirected(let m): return "\(m) needs --directed"
        case .rankByNotComputed(let m): return "--rank-by \(m) is not among the measures computed (--measure)"
        case .dampingOutOfRange(let alpha): return "--damping must be between 0 and 1 (got \(alpha))"
        case .nonPositiveWeight: return e.description
        }
    }

    /// `d` as the command line shows it (on stderr and in the report): the option that deals with
    /// it added to the library's message, by code.
    static func diagnostic(_ d: Diagnostic) -> Diagnostic {
        let hint: String
        switch (d.code, d.severity) {
        case ("too-large", _): hint = " (raise --max-article-bytes)"
        case ("invalid-utf8", .error): hint = " (convert the file to UTF-8, or --on-invalid replace)"
        case ("invalid-utf8", _): hint = " (--on-invalid replace)"
        case ("no-date", _): hint = " (--as-of)"
        case ("unresolved-more", _): hint = "; `relgraph link --unresolved` lists them all"
        default: return d
        }
        var shown = d
        shown.message += hint
        return shown
    }

    /// Exit status for wrong usage (the help and README promise 2).
    static let usageStatus: Int32 = 2

    /// Exit status: `usageStatus` for a usage problem found while running, 1 for any other failure.
    static func status(for error: Error) -> Int32 {
        (error as? CLIError)?.usage == true ? usageStatus : 1
    }

    /// The status for an exit code ArgumentParser chose: its usage status (64, EX_USAGE) becomes
    /// `usageStatus`; others are kept.
    static func status(for code: ExitCode) -> Int32 {
        code == .validationFailure ? usageStatus : code.rawValue
    }
}

/// A fatal error with a message for the user; `usage` when the command line asked for something
/// impossible (exit status 2, as ArgumentParser's own usage errors are given by `main`).
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var usage = false
    var description: String { message }
}
