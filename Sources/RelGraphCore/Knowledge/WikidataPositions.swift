import Foundation
import Yams

/// A Wikidata position item («Minister of Foreign Affairs of Saudi Arabia») and the knowledge-base
/// office and country it stands for. The mapping is data (a YAML file), so that a desk can follow
/// other offices without a new build.
public struct WikidataPosition: Sendable, Hashable {
    /// The item id, `Q` and digits.
    public var item: String
    /// A knowledge-base office id (`foreign_minister`).
    public var office: String
    /// A knowledge-base country id; nil takes the `?country` of each result row (ISO 3166-1 code).
    public var country: String?
    /// The item's English label, for readers of the file and the query.
    public var label: String?
    public var location: SourceLocation?

    public init(item: String, office: String, country: String?, label: String? = nil, location: SourceLocation? = nil) {
        self.item = item
        self.office = office
        self.country = country
        self.label = label
        self.location = location
    }
}

/// Reads the positions file (format in docs/knowledge-base.md, "Importing from Wikidata"):
///
/// ```yaml
/// positions:
///   - {item: Q11696, office: president, country: US, en: President of the United States}
/// ```
public enum WikidataPositions {
    /// The mapping shipped with relgraph (`Resources/wikidata/positions.yaml`).
    public static func bundled() throws -> [WikidataPosition] {
        guard let url = Bundle.module.url(forResource: "positions", withExtension: "yaml", subdirectory: "wikidata") else {
            throw KnowledgeError.defaultMissing
        }
        return try load(file: url, displayName: "wikidata/positions.yaml")
    }

    public static func load(file url: URL, displayName: String? = nil) throws -> [WikidataPosition] {
        let name = displayName ?? url.path
        guard let data = try? Data(contentsOf: url) else {
            throw KnowledgeError.unreadable(file: name, reason: FileManager.default.fileExists(atPath: url.path) ? "cannot be read" : "no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw KnowledgeError.unreadable(file: name, reason: "not UTF-8 text") }
        return try load(yaml: text, file: name)
    }

    /// Parses the YAML text; errors (`KnowledgeError`) carry `file:line:column`. An item listed
    /// twice is an error: which office it means would depend on the order.
    public static func load(yaml text: String, file: String) throws -> [WikidataPosition] {
        let root: Node?
        do { root = try Yams.compose(yaml: text, .basic) } catch let error as YamlError {
            throw KnowledgeLoader.syntaxError(error, file: file)
        }
        let r = Reader(file: file)
        guard let root, let top = root.mapping, let list = Fields(top)["positions"] else {
            throw KnowledgeError.invalid(SourceLocation(file: file, line: 1), "the file must be a mapping with a 'positions' list (see docs/knowledge-base.md, Importing from Wikidata)")
        }
        var seen: [String: SourceLocation] = [:]
        var out: [WikidataPosition] = []
        for n in try r.list(list, "positions") {
            let m = try r.map(n, "positions", fields: ["item", "office", "country", "en"])
            let item = try r.string(m, "item", in: n)!
            guard item.first == "Q", item.count > 1, item.dropFirst().allSatisfy(\.isASCIIDigit) else {
                throw r.invalid(n, "item '\(item)' must be a Wikidata item id such as Q11696")
            }
            if let first = seen[item] { throw r.invalid(n, "item \(item) is already mapped at \(first); keep one entry") }
            seen[item] = r.location(n)
            out.append(WikidataPosition(item: item, office: try r.string(m, "office", in: n)!,
                                        country: try r.string(m, "country", in: n, required: false),
                                        label: try r.string(m, "en", in: n, required: false), location: r.location(n)))
        }
        return out
    }

    /// Checks that every office and country the mapping names exists in `kb`.
    public static func check(_ positions: [WikidataPosition], against kb: KnowledgeBase) throws {
        for p in positions {
            let loc = p.location ?? SourceLocation(file: "positions", line: 1)
            if kb.office(p.office) == nil {
                throw WikidataImportError.unknownReference(loc, "item \(p.item) maps to office '\(p.office)', which the knowledge base does not have; use an office id from offices.yaml")
            }
            if let c = p.country, kb.country(c) == nil {
                throw WikidataImportError.unknownReference(loc, "item \(p.item) maps to country '\(c)', which the knowledge base does not have; use a country id from countries.yaml")
            }
        }
    }

    /// The SPARQL query (for query.wikidata.org) whose JSON results `WikidataImport` reads: every
    /// statement «position held» (P39) of these positions that has a start (P580), with its end
    /// (P582), both precisions, the holder's English and Arabic labels, Arabic aliases, and the
    /// ISO code of the position's jurisdiction. Deprecated statements are left out.
    public static func query(_ positions: [WikidataPosition]) -> String {
        var values = ""
        for p in positions.sorted(by: { ($0.item.count, $0.item) < ($1.item.count, $1.item) }) {
            values += "    wd:\(p.item)" + (p.label.map { "  # " + KnowledgeYAML.comment($0) } ?? "") + "\n"
        }
        return """
            # relgraph kb import: holders of the positions in the positions file.
            SELECT ?person ?en ?ar ?alias ?position ?start ?startPrecision ?end ?endPrecision ?country WHERE {
              VALUES ?position {
            \(values)  }
              ?person wdt:P39 ?position ;
                      p:P39 ?held .
              ?held ps:P39 ?position ;
                    pq:P580 ?start .
              FILTER NOT EXISTS { ?held wikibase:rank wikibase:DeprecatedRank }
              OPTIONAL { ?held pqv:P580/wikibase:timePrecision ?startPrecision }
              OPTIONAL { ?held pq:P582 ?end . OPTIONAL { ?held pqv:P582/wikibase:timePrecision ?endPrecision } }
              OPTIONAL { ?person rdfs:label ?en . FILTER(LANG(?en) = "en") }
              OPTIONAL { ?person rdfs:label ?ar . FILTER(LANG(?ar) = "ar") }
              OPTIONAL { ?person skos:altLabel ?alias . FILTER(LANG(?alias) = "ar") }
              OPTIONAL { ?position wdt:P1001/wdt:P297 ?country }
            }
            ORDER BY ?person ?start

            """
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
