import Foundation

/// Reads a SPARQL 1.1 Query Results JSON document (`{"head": {"vars": […]}, "results":
/// {"bindings": [{var: {"type", "value", "xml:lang", "datatype"}}]}}`) row by row, with the
/// project's JSON pull parser: only the current row is held, so a result file of any size reads in
/// one pass and constant memory beyond what the caller keeps.
public enum SPARQLResults {
    /// Calls `row` with each binding (variable name → term) in file order. Unbound variables are
    /// absent from the row. Throws `WikidataImportError` naming `path`.
    public static func forEachRow(contentsOf path: String, _ row: ([String: SPARQLTerm]) throws -> Void) throws {
        do {
            try InputFile.withOpened(path) { file in
                var parser = JSONPullParser(file: path) { try file.read(into: $0) }
                try read(&parser, file: path, row)
            }
        } catch let e as InputFile.Failure {
            throw WikidataImportError.unreadable(file: path, reason: e.reason)
        }
    }

    /// The same from bytes in memory; errors name `file`.
    public static func forEachRow(_ data: Data, file: String, _ row: ([String: SPARQLTerm]) throws -> Void) throws {
        var parser = JSONPullParser(file: file, data: data)
        try read(&parser, file: file, row)
    }

    static func read(_ p: inout JSONPullParser, file: String, _ row: ([String: SPARQLTerm]) throws -> Void) throws {
        do {
            if try p.atArray() {
                throw WikidataImportError.notResults(file: file, what: "the document is a list (the simplified JSON of the query service's download menu), not {\"head\": …, \"results\": …}")
            }
            guard try p.atObject() else { throw WikidataImportError.notResults(file: file, what: "the document is not a JSON object") }
            p.enter()
            var first = true
            var sawBindings = false
            while let key = try p.nextKey(&first) {
                guard key == "results" else { _ = try p.value(); continue }
                guard try p.atObject() else { throw WikidataImportError.notResults(file: file, what: "\"results\" is not an object") }
                p.enter()
                var firstInner = true
                while let inner = try p.nextKey(&firstInner) {
                    guard inner == "bindings" else { _ = try p.value(); continue }
                    guard try p.atArray() else { throw WikidataImportError.notResults(file: file, what: "\"results.bindings\" is not an array") }
                    p.enter()
                    sawBindings = true
                    var firstRow = true
                    var index = 0
                    while try p.nextElement(&firstRow) {
                        index += 1
                        try row(try binding(try p.value(), file: file, index: index))
                    }
                }
            }
            try p.finish()
            if !sawBindings { throw WikidataImportError.notResults(file: file, what: "there is no \"results\": {\"bindings\": […]} member") }
        } catch let e as SnapshotError {
            if case .malformed(let place, let message) = e { throw WikidataImportError.malformed(place: place, message: message) }
            throw e
        }
    }

    /// One row: every member must be an object with a known `type` and a string `value`.
    static func binding(_ v: JSONValue, file: String, index: Int) throws -> [String: SPARQLTerm] {
        guard case .object(let vars) = v else { throw WikidataImportError.notResults(file: file, what: "binding \(index) is not an object") }
        var out: [String: SPARQLTerm] = [:]
        for (name, term) in vars {
            guard case .object(let t) = term, case .string(let type)? = t["type"], case .string(let value)? = t["value"] else {
                throw WikidataImportError.notResults(file: file, what: "binding \(index), variable \(name): expected {\"type\": …, \"value\": \"…\"}")
            }
            // SPARQL 1.1 says "literal"; the older JSON format also wrote "typed-literal".
            let kind: SPARQLTerm.Kind
            switch type {
            case "uri": kind = .uri
            case "literal", "typed-literal": kind = .literal
            case "bnode": kind = .bnode
            default: throw WikidataImportError.notResults(file: file, what: "binding \(index), variable \(name): unknown type '\(type)'")
            }
            var language: String?, datatype: String?
            if case .string(let l)? = t["xml:lang"] { language = l }
            if case .string(let d)? = t["datatype"] { datatype = d }
            out[name] = SPARQLTerm(kind: kind, value: value, language: language, datatype: datatype)
        }
        return out
    }
}

extension WikidataImport {
    /// Imports the results file at `path` with `positions` (checked against `kb` first); `kb` is
    /// the knowledge base the output will be layered on.
    public static func run(contentsOf path: String, positions: [WikidataPosition], kb: KnowledgeBase) throws -> Result {
        try run(file: path, positions: positions, kb: kb) { try SPARQLResults.forEachRow(contentsOf: path, $0) }
    }

    /// The same from result bytes in memory; `file` names them in errors.
    public static func run(_ data: Data, file: String, positions: [WikidataPosition], kb: KnowledgeBase) throws -> Result {
        try run(file: file, positions: positions, kb: kb) { try SPARQLResults.forEachRow(data, file: file, $0) }
    }

    static func run(file: String, positions: [WikidataPosition], kb: KnowledgeBase,
                    rows: (([String: SPARQLTerm]) throws -> Void) throws -> Void) throws -> Result {
        try WikidataPositions.check(positions, against: kb)
        var acc = Accumulator(positions: positions)
        try rows { acc.add($0) }
        return try acc.finish(file: file, kb: kb)
    }
}
