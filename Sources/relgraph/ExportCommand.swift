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

    func validate() throws { _ = try resolvedFormat() }

    func run() throws {
        try input.refuseOverwriting(output)
        let format = try resolvedFormat()
        let (graph, out) = try filters.graph(input)
        try OutputFile.write(format.render(graph), to: output, quiet: input.quiet)
        if let out { try input.finish(out) }
    }
}

extension ExportFormat: ExpressibleByArgument {}
