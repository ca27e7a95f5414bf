import ArgumentParser
import Foundation
import RelGraphCore

struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Find communities (Louvain) on the people layer and on the country layer.",
        discussion: Help.discussion("""
            Louvain (Blondel et al. 2008), weighted modularity, resolution 1, each layer on its own: \
            people (persons and organisations) and countries, with the interaction and co-mention edges \
            between them (affiliations never count). Seeded: the same graph and seed give the same \
            communities. Communities are numbered by size (largest first), ties by the smallest member id.
            """, examples: [
                "relgraph communities graph.json",
                "relgraph communities graph.json --layer countries --format csv",
                "relgraph communities articles/ --format json --seed 7",
            ]))

    @OptionGroup var input: InputOptions

    @Option(help: "people, countries, or both (each on its own).")
    var layer: CommunityLayer = .both

    @Option(help: "table, csv or json.")
    var format: CommunityFormat = .table

    @Option(help: "Seed of the node visiting order.")
    var seed: UInt64 = 0

    @Flag(name: .customLong("no-co-mentions"), help: "Interactions only; leave out co-mention edges.")
    var noCoMentions = false

    @Option(name: .shortAndLong, help: "File to write ('-' for standard output).")
    var output: String = "-"

    func run() throws {
        try input.refuseOverwriting(output)
        let (graph, out) = try SnapshotInput.graphOrArticles(input)
        var options = CommunityOptions()
        options.layers = layer.layers
        options.seed = seed
        options.coMentions = !noCoMentions
        let report = CommunityReport.compute(graph, options: options)
        try OutputFile.write(format.render(report, graph: graph), to: output, quiet: input.quiet)
        if let out { try input.finish(out) }
    }
}

/// The layers `communities` partitions.
enum CommunityLayer: String, ExpressibleByArgument, CaseIterable {
    case people, countries, both

    var layers: [GraphLayer] {
        switch self {
        case .people: return [.people]
        case .countries: return [.countries]
        case .both: return [.people, .countries]
        }
    }
}

extension CommunityFormat: ExpressibleByArgument {}
