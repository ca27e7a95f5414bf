import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphRender
import RelGraphStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph as GraphML, GEXF, node-link JSON, CSV or DOT.",
        discussion: Help.discussion("""
            Inputs are articles (as for build) or one snapshot written by `relgraph build`. The output \
            file's extension (.graphml, .gexf, .json, .csv, .dot or .gv) picks the format unless --format \
            is given; standard output is GraphML unless --format says otherwise. Nodes carry their layer, \
            Louvain community and centrality (degree, strength, betweenness, PageRank on their layer). \
            GEXF is laid out by Graphviz (as render) for Gephi's viz:position, colour and size. CSV is \
            Gephi's spreadsheet pair: -o graph.csv writes graph.nodes.csv and graph.edges.csv (standard \
            output gets the edges table only).
            """, examples: [
                "relgraph export graph.json -o graph.gexf",
                "relgraph export articles/ -o graph.csv",
                "relgraph export graph.json --types call,meeting -o calls.graphml",
            ]))

    @OptionGroup var input: InputOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "graphml, gexf, json (node-link, as networkx), csv (Gephi's nodes and edges tables), dot, snapshot (the JSON snapshot, as build writes it) or events (a store's events as CSV: one row per event and evidence sentence, with date, date source, type, direction, polarity, ends, article, url, title, outlet, offsets, sentence) (default: from the output file's extension, else graphml).")
    var format: ExportTarget?

    @Option(name: .shortAndLong, help: "File to write ('-' for standard output). Its extension picks the format unless --format is given.")
    var output: String = "-"

    @Option(name: .customLong("color-by"), help: "GEXF node colours: country or community.")
    var colorBy: NodeColoring = .country

    @Flag(name: .customLong("no-layout"), help: "GEXF without viz:position (no Graphviz layout).")
    var noLayout = false

    @Option(help: "Layout engine for GEXF positions (as render): auto, dot, neato, fdp, sfdp, circo.")
    var layout: String = "auto"

    /// --format, else the output file's extension, else GraphML (standard output, no extension).
    func resolvedFormat() throws -> ExportTarget {
        if let format { return format }
        guard let name = OutputFile.formatName(of: output) else { return .graph(.graphml) }
        guard let format = ExportFormat(rawValue: name).map(ExportTarget.graph) else {
            let known = ExportFormat.allCases.map { "." + $0.rawValue } + [".gv"]
            throw ValidationError("cannot tell the export format from '\(output)': use an extension among \(known.joined(separator: ", ")), or --format")
        }
        return format
    }

    func validate() throws {
        _ = try resolvedFormat()
        do { _ = try Layout(parsing: layout) } catch { throw ValidationError(error.description) }
    }

    /// The two files of the CSV pair for an output path: `graph.csv` → `graph.nodes.csv` and
    /// `graph.edges.csv`; nil when the output is standard output or a device (edges table only).
    var csvPair: (nodes: String, edges: String)? {
        guard output != "-" else { return nil }
        if let id = FileIdentity(path: output), !id.isOrdinary { return nil }
        let base = output.lowercased().hasSuffix(".csv") ? String(output.dropLast(4)) : output
        return (base + ".nodes.csv", base + ".edges.csv")
    }

    func run() throws {
        let format = try resolvedFormat()
        if format == .graph(.csv), let pair = csvPair { try input.refuseOverwriting(pair.nodes, pair.edges) } else { try input.refuseOverwriting(output) }
        if format == .events {
            guard let store = try StoreInput.open(try input.paths) else {
                throw CLIError(message: "export --format events reads a store (made by `relgraph add`); give the store file")
            }
            let rows = try store.eventRows(in: DayWindow(since: filters.sinceDay, until: filters.untilDay))
            try OutputFile.write(Data(EventsCSV.render(rows).utf8), to: output, quiet: input.quiet)
            return
        }
        let (graph, out) = try filters.graph(input)
        switch format {
        case .graph(.csv):
            let edges = ExportFormat.csvEdges(graph)
            if let pair = csvPair {
                try OutputFile.write(ExportFormat.csvNodes(graph, annotations: NodeAnnotations.compute(graph)), to: pair.nodes, quiet: input.quiet)
                try OutputFile.write(edges, to: pair.edges, quiet: input.quiet)
            } else {
                try OutputFile.write(edges, to: output, quiet: input.quiet)
            }
        case .graph(.gexf):
            var annotations = NodeAnnotations.compute(graph)
            var options = RenderOptions(layout: try Layout(parsing: layout), sizeBy: .strength)
            options.colorBy = colorBy
            if !noLayout { RenderWarning.warnIfCostly(graph, layout: options.layout, quiet: input.quiet) }
            annotations.drawing = try ExportDrawing.compute(graph, options: options, layOut: !noLayout)
            try OutputFile.write(ExportFormat.gexf.render(graph, annotations: annotations), to: output, quiet: input.quiet)
        case .graph(.dot): try OutputFile.write(ExportFormat.dot.render(graph), to: output, quiet: input.quiet)
        case .graph(let f): try OutputFile.write(f.render(graph, annotations: NodeAnnotations.compute(graph)), to: output, quiet: input.quiet)
        case .snapshot: try OutputFile.snapshot(graph, to: output, quiet: input.quiet)
        case .events: break
        }
        if let out { try input.finish(out) }
    }
}

/// What `export` writes: a graph format, the snapshot, or a store's events.
enum ExportTarget: Equatable, ExpressibleByArgument {
    case graph(ExportFormat)
    case snapshot
    case events

    init?(argument: String) {
        switch argument {
        case "snapshot": self = .snapshot
        case "events": self = .events
        default:
            guard let f = ExportFormat(rawValue: argument) else { return nil }
            self = .graph(f)
        }
    }

    static var allValueStrings: [String] { ExportFormat.allCases.map(\.rawValue) + ["snapshot", "events"] }
}

/// The events CSV: one row per piece of evidence of each direct event, with its article's provenance.
/// `date_source` says where the date came from; `date_assumed` is `true` for a date assumed by
/// `--as-of` (`date_source` `as_of`), `false` otherwise.
enum EventsCSV {
    static let header = "date,date_source,date_assumed,type,direction,polarity,a,b,article,url,title,outlet,start,end,sentence"

    static func render(_ rows: [EventRow]) -> String {
        var out = header + "\n"
        for r in rows {
            let fields = [r.date, r.dateSource, String(r.dateSource == DateSource.asOf.rawValue), r.type, r.direction, r.polarity, r.a, r.b, r.article, r.url ?? "", r.title ?? "", r.outlet ?? "",
                          String(r.start), String(r.end), r.sentence]
            out += fields.map(CellText.csv).joined(separator: ",") + "\n"
        }
        return out
    }
}
