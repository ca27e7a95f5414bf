import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph as GraphML, GEXF, node-link JSON, CSV or DOT.",
        discussion: Help.discussion("""
            Inputs are articles (as for build) or one snapshot written by `relgraph build`. The output \
            file's extension (.graphml, .gexf, .json, .csv, .dot or .gv) picks the format unless --format \
            is given; standard output is GraphML unless --format says otherwise.
            """, examples: [
                "relgraph export graph.json -o graph.gexf",
                "relgraph export articles/ --format csv > edges.csv",
                "relgraph export graph.json --types call,meeting -o calls.graphml",
            ]))

    @OptionGroup var input: InputOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "graphml, gexf, json (node-link, as networkx), csv (edge list) or dot (default: from the output file's extension, else graphml).")
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: "File to write ('-' for standard output). Its extension picks the format unless --format is given.")
    var output: String = "-"

    /// --format, else the output file's extension, else GraphML (standard output, no extension).
    func resolvedFormat() throws -> ExportFormat {
        if let format { return format }
        guard let name = OutputFile.formatName(of: output) else { return .graphml }
        guard let format = ExportFormat(rawValue: name) else {
            let known = ExportFormat.allCases.map { "." + $0.rawValue } + [".gv"]
            throw ValidationError("cannot tell the export format from '\(output)': use an extension among \(known.joined(separator: ", ")), or --format")
        }
        return format
    }

    @Flag(help: "Write the events of a store as CSV instead of the graph: one row per event and piece of evidence (date, where the date came from, type, direction, polarity, ends, article, url, title, outlet, offsets, sentence).")
    var events = false

    func validate() throws { if !events { _ = try resolvedFormat() } }

    func run() throws {
        try input.refuseOverwriting(output)
        if events {
            guard let store = try StoreInput.open(try input.paths) else {
                throw CLIError(message: "export --events reads a store (made by `relgraph add`); give the store file")
            }
            let rows = try store.eventRows(in: DayWindow(since: filters.sinceDay, until: filters.untilDay))
            try OutputFile.write(Data(EventsCSV.render(rows).utf8), to: output, quiet: input.quiet)
            return
        }
        let format = try resolvedFormat()
        let (graph, out) = try filters.graph(input)
        try OutputFile.write(format.render(graph), to: output, quiet: input.quiet)
        if let out { try input.finish(out) }
    }
}

extension ExportFormat: ExpressibleByArgument {}

/// The events CSV: one row per piece of evidence of each direct event, with its article's provenance.
/// `date_source` says where the date came from; `as_of` marks a date assumed by `--as-of`.
enum EventsCSV {
    static let header = "date,date_source,type,direction,polarity,a,b,article,url,title,outlet,start,end,sentence"

    static func render(_ rows: [EventRow]) -> String {
        var out = header + "\n"
        for r in rows {
            let fields = [r.date, r.dateSource, r.type, r.direction, r.polarity, r.a, r.b, r.article, r.url ?? "", r.title ?? "", r.outlet ?? "",
                          String(r.start), String(r.end), r.sentence]
            out += fields.map(CellText.csv).joined(separator: ",") + "\n"
        }
        return out
    }
}
