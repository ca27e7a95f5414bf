import ArgumentParser
import Foundation
import RelGraphCore

/// `relgraph kb import`: Wikidata query results → knowledge-base YAML to overlay with --kb.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write knowledge-base YAML from the JSON results of the Wikidata query for office holders.",
        discussion: Help.discussion("""
            RESULTS is the JSON (SPARQL 1.1 query results) of the query that --query prints, run on \
            the Wikidata query service (docs/knowledge-base.md, Importing from Wikidata). Positions \
            map to offices by the built-in positions file or the one given with --positions. Persons \
            the knowledge base already has are left out; terms that overlap are cut, with a comment. \
            The summary and notes go to stderr.
            """, examples: [
                "relgraph kb import --query > holders.rq",
                "relgraph kb import results.json -o wikidata.yaml",
                "relgraph kb import results.json --positions mine.yaml -o wd.yaml",
                "relgraph link article.txt --kb wikidata.yaml",
            ]))

    @Argument(help: "The query results as JSON (SPARQL 1.1 query results format).")
    var results: String?

    @Option(help: "YAML file mapping Wikidata position items to offices (default: the built-in one).")
    var positions: String?

    @Flag(help: "Print the SPARQL query for the positions and exit.")
    var query = false

    @OptionGroup var knowledge: KnowledgeOptions

    @Option(name: .shortAndLong, help: "YAML file to write ('-' for standard output).")
    var output: String = "-"

    @Flag(name: .shortAndLong, help: "Print no summary or notes on stderr.")
    var quiet = false

    func validate() throws {
        if results == nil && !query { throw ValidationError("give the query results (a JSON file), or --query to print the query") }
    }

    func run() throws {
        let mapping = try positions.map { try WikidataPositions.load(file: URL(fileURLWithPath: $0)) } ?? WikidataPositions.bundled()
        if query { return try OutputFile.write(WikidataPositions.query(mapping), to: output, quiet: quiet) }
        let kb = try knowledge.load()
        let path = results!
        let result = try WikidataImport.run(contentsOf: path, positions: mapping, kb: kb)
        try OutputFile.write(WikidataImport.yaml(result, source: URL(fileURLWithPath: path).lastPathComponent), to: output, quiet: quiet)
        guard !quiet else { return }
        let roles = result.persons.reduce(0) { $0 + $1.roles.count }
        Console.error("imported \(result.persons.count) person(s) with \(roles) role(s) from \(result.rows) row(s)")
        if !result.skipped.isEmpty {
            Console.error("left out \(result.skipped.count) person(s) the knowledge base has: "
                          + result.skipped.map { "\($0.id) (\($0.item))" }.joined(separator: ", "))
        }
        for n in result.notes { Console.error("note: " + n) }
    }
}
