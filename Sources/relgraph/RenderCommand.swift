import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphRender

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render the graph through Graphviz's C library (in process; no dot executable).",
        discussion: Help.discussion("""
            Inputs are articles (as for build) or one snapshot written by `relgraph build`. The SVG has \
            tooltips with the evidence sentences, ids (node-<id>, edge-<a>-<b>-<kind>) and classes for \
            styling and scripting, and a legend.
            """, examples: [
                "relgraph render graph.json -o graph.svg",
                "relgraph render articles/ --ego khalid_bin_salman --depth 2 -o ego.png",
                "relgraph render graph.json --layer countries --labels en -o countries.pdf",
                "relgraph render graph.json --color-by community -o communities.svg",
                "relgraph render graph.json --format svg > graph.svg",
            ]))

    @OptionGroup var input: InputOptions
    @OptionGroup var filters: FilterOptions

    @Option(name: .shortAndLong, help: "File to write ('-' for standard output). Its extension picks the format unless --format is given.")
    var output: String = "-"

    @Option(help: "Layout engine: auto, dot, neato, fdp, sfdp, circo (auto: dot up to 60 nodes and 200 edges, neato up to 800 nodes, sfdp beyond).")
    var layout: String = "auto"

    @Option(help: "Output format: svg, png, pdf or dot (default: from the output file's extension, else svg).")
    var format: String?

    @Option(help: "Node labels: ar, en or both.")
    var labels: LabelLanguage = .ar

    @Option(help: "A title drawn above the graph.")
    var title: String?

    @Option(name: .customLong("size-by"), help: "Node size by degree or strength (default: uniform).")
    var sizeBy: NodeMeasure?

    @Option(name: .customLong("node-url"), help: "Link every node: {id}, {name}, {label} are replaced (e.g. https://example.org/{id}).")
    var nodeURL: String?

    @Option(name: .customLong("color-by"), help: "Node colours: country or community (Louvain, per layer).")
    var colorBy: NodeColoring = .country

    @Flag(name: .customLong("no-legend"), help: "Leave the legend out.")
    var noLegend = false

    /// --format, else the output file's extension, else SVG.
    var formatName: String { format ?? OutputFile.formatName(of: output) ?? "svg" }

    /// A misspelt --layout or --format (or an output extension naming no format) is wrong usage.
    func validate() throws {
        do {
            _ = try Layout(parsing: layout)
            _ = try OutputFormat(parsing: formatName)
        } catch { throw ValidationError(error.description) }
    }

    func run() throws {
        try input.refuseOverwriting(output)
        let (graph, out) = try filters.graph(input)
        var options = RenderOptions(layout: try Layout(parsing: layout), format: try OutputFormat(parsing: formatName),
                                    labels: labels, title: title, sizeBy: sizeBy, nodeURL: nodeURL, legend: !noLegend)
        options.colorBy = colorBy
        RenderWarning.warnIfCostly(graph, layout: options.layout, quiet: input.quiet)
        let bytes = try GraphvizRenderer.render(graph, options: options)
        try OutputFile.write(Data(bytes), to: output, quiet: input.quiet)
        if let out { try input.finish(out) }
    }
}

extension LabelLanguage: ExpressibleByArgument {}
extension NodeColoring: ExpressibleByArgument {}

/// Says on stderr, before the layout starts, when the graph is beyond what the layout handles
/// in reasonable time (`LayoutCost`), with the options that narrow it.
enum RenderWarning {
    static func warnIfCostly(_ graph: RelationGraph, layout: Layout, quiet: Bool) {
        guard !quiet, let w = LayoutCost.warning(layout: layout, nodes: graph.nodes.count, edges: graph.edges.count) else { return }
        Console.error("render: warning: \(w); narrow the graph with --top N, --min-weight W, --layer or --ego, or choose --layout sfdp")
    }
}

/// A snapshot given where articles are expected.
enum SnapshotInput {
    /// The graph of the snapshot (or store) given, else of the articles given, built (with the
    /// pipeline's output, to `finish` once the command is done).
    static func graphOrArticles(_ input: InputOptions) throws -> (RelationGraph, Pipeline.Output?) {
        if let snapshot = try graph(from: input.paths) { return (snapshot, nil) }
        let out = try input.runPipeline().output
        return (out.graph, out)
    }

    /// The graph of the one snapshot (or store) in `paths`, nil when the inputs are articles. A
    /// snapshot mixed with other inputs is an error.
    static func graph(from paths: [String]) throws -> RelationGraph? {
        if let (g, _) = try StoreInput.graph(from: paths) { return g }
        var snapshots: [String] = []
        for p in paths where p.lowercased().hasSuffix(".json") {
            switch Snapshot.probe(atPath: p) {
            case .snapshot: snapshots.append(p)
            case .unreadable(let reason): throw SnapshotError.unreadable(file: p, reason: reason)
            case .truncated:
                throw SnapshotError.malformed(file: p, message: "cut short: it starts as a relgraph snapshot but ends before naming its format (an interrupted copy or a full disk?)")
            case .other:
                throw CLIError(message: "\(p): not a relgraph snapshot (no \"format\": \"\(Snapshot.format)\"); give a file written by `relgraph build`")
            }
        }
        guard !snapshots.isEmpty else { return nil }
        guard paths.count == 1 else {
            throw CLIError(message: "give either one snapshot or articles, not both (\(snapshots[0]) is a snapshot)")
        }
        return try Snapshot.read(contentsOf: snapshots[0])
    }
}
