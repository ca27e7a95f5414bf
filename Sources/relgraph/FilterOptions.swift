import ArgumentParser
import RelGraphCore
import RelGraphStore

/// Options that narrow the graph (render, export).
struct FilterOptions: ParsableArguments {
    @Option(name: .customLong("min-weight"), help: "Drop interaction and co-mention edges lighter than this.")
    var minWeight: Double = 0

    @Option(help: "Keep the N nodes with the highest --measure.")
    var top: Int?

    @Option(help: "Measure for --top and --size-by: degree or strength.")
    var measure: NodeMeasure = .strength

    @Option(help: "people (persons and organisations), countries, or all.")
    var layer: GraphLayer = .all

    @Option(help: "Keep only the neighbourhood of this entity id (e.g. khalid_bin_salman).")
    var ego: String?

    @Option(help: "Steps from --ego.")
    var depth: Int = 1

    @Option(help: "First date (YYYY-MM-DD) of articles (or, for a snapshot, events) to keep.")
    var since: String?

    @Option(help: "Last date (YYYY-MM-DD) of articles (or, for a snapshot, events) to keep.")
    var until: String?

    @Option(help: "Interaction types to keep, comma-separated (call,meeting,visit,…; co_mention keeps co-mentions).")
    var types: String?

    func validate() throws {
        for (flag, v) in [("--since", since), ("--until", until)] {
            if let v, Day(iso: v) == nil { throw ValidationError("\(flag) must be a date YYYY-MM-DD, got '\(v)'") }
        }
        if !minWeight.isFinite || minWeight < 0 { throw ValidationError("--min-weight must be a number >= 0 (got \(minWeight))") }
        if let s = sinceDay, let u = untilDay, s > u {
            throw ValidationError("--since \(since!) is after --until \(until!): no date is in that window")
        }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if depth < 0 { throw ValidationError("--depth must be >= 0") }
    }

    var sinceDay: Day? { since.flatMap(Day.init(iso:)) }
    var untilDay: Day? { until.flatMap(Day.init(iso:)) }

    /// The filter; `datesOnEvents` when the graph came from a snapshot (articles were not re-read).
    /// `knownTypes`: the interaction types `--types` may name; any other is an error listing them.
    func filter(datesOnEvents: Bool, knownTypes: Set<String>) throws -> GraphFilter {
        var f = GraphFilter()
        if datesOnEvents { f.since = since; f.until = until }
        if let types {
            let names = types.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if let unknown = names.first(where: { !knownTypes.contains($0) }) {
                throw CLIError(message: "unknown interaction type '\(unknown)' in --types; known types: \(knownTypes.sorted().joined(separator: ", "))", usage: true)
            }
            f.types = Set(names)
        }
        f.layer = layer
        f.minWeight = minWeight
        f.ego = ego
        f.depth = depth
        f.top = top
        f.measure = measure
        return f
    }

    /// The graph of the inputs (articles or one snapshot), narrowed.
    func graph(_ input: InputOptions) throws -> (RelationGraph, Pipeline.Output?) {
        if let (g, n) = try StoreInput.graph(from: input.paths, window: DayWindow(since: sinceDay, until: untilDay)) {
            let known = try input.loadKnowledgeBase().interactionTypes.map(\.id) + g.edges.flatMap { $0.types.map(\.type) }
            let f = try filter(datesOnEvents: false, knownTypes: Set(known))
            return (f.isEmpty ? g : try f.apply(g), StoreInput.output(g, articles: n))
        }
        if let snapshot = try SnapshotInput.graph(from: input.paths) {
            // The knowledge base's types, and those of a snapshot built with another knowledge base.
            let known = try input.loadKnowledgeBase().interactionTypes.map(\.id) + snapshot.edges.flatMap { $0.types.map(\.type) }
            let f = try filter(datesOnEvents: true, knownTypes: Set(known))
            return (f.isEmpty ? snapshot : try f.apply(snapshot), nil)
        }
        let pipeline = try input.makePipeline()
        // Checked before the articles are read, so that a misspelt type fails at once.
        let f = try filter(datesOnEvents: false, knownTypes: Set(pipeline.kb.interactionTypes.map(\.id)))
        let out = try input.runPipeline(pipeline, since: sinceDay, until: untilDay).output
        return (f.isEmpty ? out.graph : try f.apply(out.graph), out)
    }
}

extension NodeMeasure: ExpressibleByArgument {}
extension GraphLayer: ExpressibleByArgument {}
