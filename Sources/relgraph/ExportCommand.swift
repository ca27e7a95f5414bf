import ArgumentParser
import RelGraphCore

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

    @Option(help: "graphml, gexf, json (node-link, as networkx), csv (edge list) or dot.")
    var format: ExportFormat = .graphml

    @Option(name: .shortAndLong, help: "File to write ('-' for standard output).")
    var output: String = "-"

    func run() throws {
        let (graph, out) = try filters.graph(input)
        try OutputFile.write(format.render(graph), to: output)
        if let out { try input.finish(out) }
    }
}

extension ExportFormat: ExpressibleByArgument {}
