import ArgumentParser
import Foundation
import RelGraphCore

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge snapshots of disjoint shards into the snapshot of the whole corpus.",
        discussion: Help.discussion("""
            The result equals `relgraph build` on all the shards' articles at once (same knowledge base \
            and --as-of). An article found in more than one shard is counted once: a warning names it.
            """, examples: [
                "relgraph merge shard1.json shard2.json -o all.json",
                "relgraph merge shards/*.json > all.json",
            ]))

    @Argument(help: "Snapshots written by `relgraph build`.")
    var snapshots: [String]

    @Option(name: .customLong("evidence-cap"), help: "Evidence kept per event (all are counted).")
    var evidenceCap: Int = 10

    @Option(name: .shortAndLong, help: "Snapshot to write ('-' for standard output).")
    var output: String = "-"

    @Flag(name: .shortAndLong, help: "Print no warnings on stderr.")
    var quiet = false

    func run() throws {
        guard !snapshots.isEmpty else { throw CLIError(message: "give at least one snapshot", usage: true) }
        // One shard in memory at a time, besides the merged state.
        var merger = SnapshotMerger(evidenceCap: evidenceCap)
        for path in snapshots {
            merger.add(try Snapshot.read(contentsOf: path))
        }
        try OutputFile.snapshot(merger.graph(), to: output, quiet: quiet)
    }
}
