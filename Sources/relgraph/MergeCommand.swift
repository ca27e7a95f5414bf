import ArgumentParser
import Foundation
import RelGraphCore

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge snapshots of disjoint shards into the snapshot of the whole corpus.",
        discussion: Help.discussion("""
            The result equals `relgraph build` on all the shards' articles at once (same knowledge base \
            and --as-of). An article found in an earlier shard is dropped from the later one, with a \
            warning: its events and evidence count once. (A snapshot does not say which article gave a \
            co-mention, so a shard that is only partly a repeat keeps its co-mentions.)
            """, examples: [
                "relgraph merge shard1.json shard2.json -o all.json",
                "relgraph merge shards/*.json > all.json",
            ]))

    @Argument(help: "Snapshots written by `relgraph build`, or stores written by `relgraph add`.")
    var snapshots: [String]

    @Option(name: .customLong("evidence-cap"), help: "Evidence kept per event (all are counted).")
    var evidenceCap: Int = 10

    @Option(name: .shortAndLong, help: "Snapshot to write ('-' for standard output).")
    var output: String = "-"

    @Flag(name: .shortAndLong, help: "Print no warnings on stderr.")
    var quiet = false

    func run() throws {
        try OutputFile.refuseOverwriting(inputs: snapshots, outputs: [output])
        guard !snapshots.isEmpty else { throw CLIError(message: "give at least one snapshot", usage: true) }
        // One shard in memory at a time, besides the merged state.
        var merger = SnapshotMerger(evidenceCap: evidenceCap)
        var shardOf: [String: String] = [:]   // article id → the shard it was merged from
        for path in snapshots {
            var shard = try StoreInput.graph(from: [path], evidenceCap: evidenceCap)?.0 ?? Snapshot.read(contentsOf: path)
            let repeated = shard.articles.map(\.id).filter { shardOf[$0] != nil }
            if !repeated.isEmpty {
                if !quiet { warn(repeated, in: path, shardOf: shardOf, all: repeated.count == shard.articles.count) }
                if repeated.count == shard.articles.count { continue }
                shard = Self.dropping(Set(repeated), from: shard)
            }
            for a in shard.articles { shardOf[a.id] = path }
            merger.add(shard)
        }
        try OutputFile.snapshot(merger.graph(), to: output, quiet: quiet)
    }

    func warn(_ ids: [String], in path: String, shardOf: [String: String], all: Bool) {
        let shown = ids.prefix(10).map { "\($0) (in \(shardOf[$0]!))" }.joined(separator: ", ")
        let rest = ids.count > 10 ? " and \(ids.count - 10) more" : ""
        Console.error("\(path): warning: \(ids.count) article(s) already merged from another shard, dropped here: \(shown)\(rest)"
                      + (all ? "; nothing else in this shard, so it is skipped" : "") + " [duplicate-article]")
    }

    /// `g` without the articles `ids`: their evidence is taken out of the events (an event left
    /// with none is dropped). Interaction edges are rebuilt from the events by the merger.
    static func dropping(_ ids: Set<String>, from g: RelationGraph) -> RelationGraph {
        var events: [InteractionEvent] = []
        for var e in g.events {
            let kept = e.evidence.filter { !ids.contains($0.article) }
            if kept.count < e.evidence.count {
                e.evidenceCount -= e.evidence.count - kept.count
                e.evidence = kept
                if e.evidenceCount == 0 { continue }
            }
            events.append(e)
        }
        return RelationGraph(nodes: g.nodes, edges: g.edges.map { EdgeSpec($0, in: g) }, events: events,
                             articles: g.articles.filter { !ids.contains($0.id) })
    }
}
