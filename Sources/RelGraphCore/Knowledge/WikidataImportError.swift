/// Why a Wikidata import cannot run. Each message names the file, what is wrong in it and what to
/// do; none names a command-line flag (the command line adds those).
public enum WikidataImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The results file cannot be opened or read.
    case unreadable(file: String, reason: String)
    /// The results file is not valid JSON; `place` is `file:line:column`.
    case malformed(place: String, message: String)
    /// Valid JSON, but not SPARQL 1.1 query results.
    case notResults(file: String, what: String)
    /// The results lack a variable the import needs.
    case missingVariable(file: String, variable: String)
    /// An entry of the positions file names an office or country the knowledge base does not have.
    case unknownReference(SourceLocation, String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read the query results (\(reason)); check the path and permissions."
        case .malformed(let place, let message):
            return "\(place): \(message). Download the results again as JSON (SPARQL 1.1 query results)."
        case .notResults(let file, let what):
            return "\(file): not SPARQL query results in JSON: \(what). Download the results of the documented query as JSON (docs/knowledge-base.md, Importing from Wikidata)."
        case .missingVariable(let file, let variable):
            return "\(file): the results have no variable ?\(variable) in any row; run the documented query unchanged (docs/knowledge-base.md, Importing from Wikidata)."
        case .unknownReference(let loc, let message):
            return "\(loc): \(message)"
        }
    }
}
