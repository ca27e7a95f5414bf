import ArgumentParser
import Foundation
import RelGraphCore

struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank officials, organisations or countries by centrality.",
        discussion: Help.discussion("""
            Measures (networkx's conventions): degree (÷ n−1), strength (Σ weights), betweenness (Brandes, \
            distance = 1/weight, ÷ (n−1)(n−2)), closeness (Wasserman–Faust), harmonic, eigenvector, pagerank. \
            With --directed: in_/out_degree and in_/out_strength, and the others on the directed graph. \
            The community column is the node's Louvain community in the layer (as `relgraph communities`). \
            Computed on one layer (interaction and co-mention edges; affiliations never count).
            """, examples: [
                "relgraph centrality graph.json --top 10",
                "relgraph centrality articles/ --layer countries --measure pagerank",
                "relgraph centrality graph.json --format csv -o centrality.csv",
            ]))

    @OptionGroup var input: InputOptions

    @Option(help: "people (persons and organisations), countries, or all.")
    var layer: GraphLayer = .people

    @Option(help: "List only these kinds, comma-separated: person, organisation, country.")
    var kind: String?

    @Option(help: "Measures, comma-separated (default: all).")
    var measure: String?

    @Option(name: .customLong("rank-by"), help: "Measure to rank by (default: the first).")
    var rankBy: String?

    @Option(help: "Show the N best.")
    var top: Int?

    @Option(help: "table, csv, json or markdown.")
    var format: CentralityFormat = .table

    @Flag(help: "Use edge directions (calls and visits one way).")
    var directed = false

    @Flag(name: .customLong("no-co-mentions"), help: "Interactions only; leave out co-mention edges.")
    var noCoMentions = false

    @Option(help: "PageRank damping.")
    var damping: Double = 0.85

    @Option(name: .customLong("max-iter"), help: "Iterations allowed for eigenvector and PageRank.")
    var maxIter: Int = 100

    @Option(help: "Convergence tolerance for eigenvector and PageRank (per node).")
    var tolerance: Double = 1e-6

    @Option(help: "Seed of the Louvain communities of the community column.")
    var seed: UInt64 = 0

    @Option(name: .shortAndLong, help: "File to write ('-' for standard output).")
    var output: String = "-"

    /// Numbers out of range (or not numbers: nan, inf) are wrong usage, refused before any work.
    func validate() throws {
        guard damping.isFinite, (0...1).contains(damping) else { throw ValidationError("--damping must be between 0 and 1 (got \(damping))") }
        guard tolerance.isFinite, tolerance > 0 else { throw ValidationError("--tolerance must be a number above 0 (got \(tolerance))") }
        if maxIter < 1 { throw ValidationError("--max-iter must be at least 1") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        try input.refuseOverwriting(output)
        let (graph, out) = try SnapshotInput.graphOrArticles(input)
        var options = CentralityOptions()
        options.layer = layer
        options.directed = directed
        options.coMentions = !noCoMentions
        options.top = top
        options.damping = damping
        options.maxIterations = maxIter
        options.tolerance = tolerance
        options.seed = seed
        func parse(_ name: String) throws -> CentralityMeasure {
            guard let m = CentralityMeasure(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw CLIError(message: "unknown measure '\(name)'; choose from \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", "))", usage: true)
            }
            return m
        }
        if let measure { options.measures = try measure.split(separator: ",").map { try parse(String($0)) } }
        if let rankBy { options.rankBy = try parse(rankBy) }
        if let kind {
            options.kinds = Set(try kind.split(separator: ",").map { k in
                guard let v = NodeKind(rawValue: k.trimmingCharacters(in: .whitespaces)) else {
                    throw CLIError(message: "unknown kind '\(k)'; choose person, organisation or country", usage: true)
                }
                return v
            })
        }
        // A line on a terminal while the all-pairs measures run, after the first second.
        let bar = ProgressBox(ProgressBar(enabled: !input.quiet, delay: 1))
        options.progress = { bar.update($0) }
        let report = try CentralityReport.compute(graph, options: options)
        bar.finish()
        if !input.quiet { for w in report.warnings { Console.error("centrality: warning: \(w)") } }
        try OutputFile.write(format.render(report), to: output, quiet: input.quiet)
        if let out { try input.finish(out) }
    }
}

extension CentralityFormat: ExpressibleByArgument {}

/// A `ProgressBar` the centrality workers can update (the library calls one at a time).
final class ProgressBox: @unchecked Sendable {
    private var bar: ProgressBar
    init(_ bar: ProgressBar) { self.bar = bar }
    func update(_ p: CentralityProgress) { bar.update(p) }
    func finish() { bar.finish() }
}
