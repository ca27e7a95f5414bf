import ArgumentParser
import Foundation
import RelGraphCore

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge snapshots of disjoint shards into the snapshot of the whole corpus.",
        discussion: "The result equals `relgraph build` on all the shards' articles at once (same knowledge base and --as-of).")

    @Argument(help: "Snapshots written by `relgraph build`.")
    var snapshots: [String]

    @Option(name: .customLong("evidence-cap"), help: "Evidence kept per event (all are counted).")
    var evidenceCap: Int = 10

    @Option(name: .shortAndLong, help: "Snapshot to write ('-' for standard output).")
    var output: String = "-"

    func run() throws {
        guard !snapshots.isEmpty else { throw ValidationError("give at least one snapshot") }
        let graphs = try snapshots.map { path -> RelationGraph in
            do { return try Snapshot.read(contentsOf: path) } catch let e as SnapshotError { throw CLIError(message: e.description) }
        }
        try OutputFile.snapshot(SnapshotMerge.merge(graphs, evidenceCap: evidenceCap), to: output)
    }
}
