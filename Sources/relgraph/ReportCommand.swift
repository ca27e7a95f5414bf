import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphStore
import RelGraphRender

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a one-page HTML report: the graph, centrality, changes, unresolved mentions and diagnostics.",
        discussion: Help.discussion("""
            Inputs are articles or one snapshot written by `relgraph build`. Writes DIR/index.html, self-contained (inline SVG, CSS and script; nothing is fetched), and \
            DIR/kb-stubs.yaml when the knowledge base lacks titled persons. Hover a node or edge for its \
            evidence; click a node to focus its ego network and filter the tables; click a column to sort; \
            zoom with the wheel, filter by time window, type, polarity, weight, country, layer and known actors \
            (the view is kept in the URL fragment). \
            Changes: `--before PATHS --after PATHS` (two batches; without inputs the graph shows both), or \
            `--split-at DATE` to compare the inputs' articles dated before and from that day.
            """, examples: [
                "relgraph report articles/ -o report/",
                "relgraph report corpus.jsonl --split-at 2025-01-01 -o report/",
                "relgraph report --before 2024.json --after 2025.json -o report/",
            ]))

    @OptionGroup var input: InputOptions

    @Option(help: "Before batch: a snapshot, or articles (files, folders, .jsonl), comma-separated or repeated.")
    var before: [String] = []

    @Option(help: "After batch, as --before.")
    var after: [String] = []

    @Option(help: "With a store: only the articles dated on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "With a store: only the articles dated on or before this day (YYYY-MM-DD).")
    var until: String?

    @Option(name: .customLong("split-at"), help: "Compare the articles dated before this day with the others.")
    var splitAt: String?

    @Option(name: .shortAndLong, help: "Folder to write index.html (and kb-stubs.yaml) into.")
    var output: String = "output"

    @Option(help: "Page title.")
    var title: String = "relgraph report"

    @Option(help: "Node labels in the drawings: ar, en or both.")
    var labels: LabelLanguage = .both

    @Option(name: .customLong("max-drawn-nodes"), help: "Draw at most this many nodes (the strongest); the tables keep all.")
    var maxDrawnNodes: Int = 150

    @Option(name: .customLong("max-drawn-edges"), help: "Draw about this many edges at most: each drawn node's two strongest, then the heaviest others (affiliations of drawn nodes are kept).")
    var maxDrawnEdges: Int = 600

    @Option(name: .customLong("evidence-per-edge"), help: "Evidence sentences per relation carried into the page.")
    var evidencePerEdge: Int = 8

    @Option(name: .customLong("max-rows"), help: "Rows per table (centrality, relations, unresolved mentions); the rest are counted.")
    var maxRows: Int = 1000

    func validate() throws {
        if let splitAt, Day(iso: splitAt) == nil { throw ValidationError("--split-at must be a date YYYY-MM-DD") }
        for (flag, v) in [("--since", since), ("--until", until)] {
            if let v, Day(iso: v) == nil { throw ValidationError("\(flag) must be a date YYYY-MM-DD, got '\(v)'") }
        }
        if before.isEmpty != after.isEmpty { throw ValidationError("give both --before and --after") }
        if splitAt != nil && !before.isEmpty { throw ValidationError("give --split-at or --before/--after, not both") }
        if maxDrawnEdges < 1 { throw ValidationError("--max-drawn-edges must be at least 1") }
        if maxDrawnNodes < 1 { throw ValidationError("--max-drawn-nodes must be at least 1") }
        if evidencePerEdge < 0 { throw ValidationError("--evidence-per-edge must be >= 0") }
        if maxRows < 1 { throw ValidationError("--max-rows must be at least 1") }
    }

    func run() throws {
        let sides = (input.inputs + before + after).flatMap { $0.split(separator: ",").map(String.init) }
        try OutputFile.refuseOverwriting(inputs: sides, outputs: ["index.html", "kb-stubs.yaml"].map { (output as NSString).appendingPathComponent($0) })
        let pipeline = try input.makePipeline()
        // The unresolved mentions and stubs are gathered as the articles are linked (the corpus
        // is not held).
        let gathered = Gathered()
        let batches = try readBatches(pipeline, gathered)
        let main = batches.main
        if !input.quiet { input.report(main) }

        var content = ReportContent(title: title, asOf: input.day(), inputs: batches.inputs, articlesRead: main.articlesRead,
                                    filesRead: main.filesRead, graph: main.graph)
        content.diagnostics = main.diagnostics.map(ErrorMessages.diagnostic)
        content.problemCount = main.problemCount
        content.evidencePerEdge = evidencePerEdge
        content.maxRows = maxRows
        content.settings.passKnowledgeBase = "with --kb"
        content.settings.maxRows = "--max-rows"
        content.generator = "relgraph · Graphviz \(GraphvizRenderer.graphvizVersion)"
        for c in pipeline.kb.countries { content.countryNames[c.id] = c.en }
        content.communityColors = NodeColoring.communityFamilies.map { [$0.light, $0.strong, $0.outline] }
        // The drawing (narrowing and Graphviz's layout, on one thread) is made on another thread
        // while the communities and centrality are computed: neither reads the other.
        let graph = main.graph, command = self
        let (computed, made) = Parallel.both(parallel: true, {
            Result { () throws -> Void in
                // Communities found once: for the centrality table's column and the page's colouring.
                content.communities = CommunityReport.compute(graph)
                var centralityOptions = CentralityOptions()
                centralityOptions.communities = content.communities
                do {
                    content.centrality = try CentralityReport.compute(graph, options: centralityOptions)
                    content.centralityNotes = content.centrality?.warnings ?? []
                } catch let e as CentralityError {
                    content.centralityNotes = ["Centrality could not be computed: \(e.description)"]
                }
            }
        }, { Result { try command.drawing(graph) } })
        try computed.get()
        if let made = try made.get() {
            content.drawing = made.drawing
            if let note = made.note { content.graphNotes.append(note) }
            if made.drawn.nodes.count < graph.nodes.count { content.drawnGraph = made.drawn }
        }
        if let (b, a, bl, al) = batches.sides {
            let diff = try GraphDiff.compute(before: b, after: a)
                let u = GraphDiff.union(before: b, after: a, diff: diff)
                let drawn = try narrowed(u.graph)
                var notes: [String] = []
                if drawn.nodes.count < u.graph.nodes.count || drawn.edges.count < u.graph.edges.count {
                    notes.append("The changes drawing shows \(drawn.nodes.count) of \(u.graph.nodes.count) nodes and \(drawn.edges.count) of "
                                                   + "\(u.graph.edges.count) edges of both batches (--max-drawn-nodes, --max-drawn-edges).")
                }
                var options = RenderOptions(labels: labels, title: nil, legend: true, tooltipEvidence: 0)
                options.diff = DiffMarks(nodes: u.nodeStatus, edges: u.edgeStatus)
                let svg = try render(drawn, options)
                let ids = GraphvizRenderer.elementIds(drawn)
                content.diff = .init(diff: diff, drawing: .init(svg: svg, nodeElements: ids.nodes, edgeElements: ids.edges),
                                     beforeLabel: bl, afterLabel: al)
                content.diff?.notes = notes
        }
        content.unresolved = gathered.unresolved.mentions
        let stubs = gathered.stubs.stubs
        let stubsPath = (output as NSString).appendingPathComponent("kb-stubs.yaml")
        if !stubs.isEmpty {
            content.stubsYAML = KnowledgeSuggest.yaml(stubs)
            content.stubCount = stubs.count
        }
        let page = (output as NSString).appendingPathComponent("index.html")
        try OutputFile.write(ReportPage.html(content), to: page, quiet: input.quiet)
        if let yaml = content.stubsYAML { try OutputFile.write(yaml, to: stubsPath, quiet: input.quiet) } else if FileManager.default.fileExists(atPath: stubsPath) {
            try? FileManager.default.removeItem(atPath: stubsPath)
        }
        try input.finish(main)
    }

    struct Batches {
        var main: Pipeline.Output
        var inputs: [String]
        var sides: (RelationGraph, RelationGraph, String, String)?
    }

    /// The report's graph and, when asked, the two sides of the comparison.
    func readBatches(_ pipeline: Pipeline, _ gathered: Gathered) throws -> Batches {
        func split(_ specs: [String]) -> [String] { specs.flatMap { $0.split(separator: ",").map(String.init) } }
        if let day = splitAt.flatMap(Day.init(iso:)) {
            if try SnapshotInput.graph(from: input.paths) != nil {
                throw CLIError(message: "report: --split-at needs articles; for snapshots give one per side with --before and --after")
            }
            // Each article is linked once, on its side; the report's graph is the two merged.
            let read = pipeline.reader.read(paths: try input.paths)
            let ob = pipeline.run(articles: read.articles.filter { $0.date < day }, linked: gathered.add)
            let oa = pipeline.run(articles: read.articles.filter { $0.date >= day }, linked: gathered.add)
            var main = together(ob, oa, pipeline)
            main.diagnostics = read.diagnostics + main.diagnostics
            main.problemCount += read.problemCount
            main.filesRead = read.filesRead
            guard main.articlesRead > 0 else { input.report(main); throw ExitCode(1) }
            return Batches(main: main, inputs: try input.paths, sides: (ob.graph, oa.graph, "articles before \(day)", "articles from \(day)"))
        }
        guard !before.isEmpty else {
            return Batches(main: try batch(try input.paths, pipeline, side: nil, gathered: gathered), inputs: try input.paths, sides: nil)
        }
        let (bp, ap) = (split(before), split(after))
        // The two sides make the report's batch when no inputs are given; else the inputs do.
        let sides = input.inputs.isEmpty ? gathered : nil
        let ob = try batch(bp, pipeline, side: "--before", gathered: sides), oa = try batch(ap, pipeline, side: "--after", gathered: sides)
        let main: Pipeline.Output
        let inputs: [String]
        if input.inputs.isEmpty {
            main = together(ob, oa, pipeline)
            inputs = bp + ap
        } else {
            main = try batch(try input.paths, pipeline, side: nil, gathered: gathered)
            inputs = try input.paths
        }
        return Batches(main: main, inputs: inputs, sides: (ob.graph, oa.graph, bp.joined(separator: ", "), ap.joined(separator: ", ")))
    }

    /// Two batches as one: merging their graphs equals building from all their articles
    /// (`SnapshotMerge`, tested byte for byte). The unresolved total is the two counts added: each
    /// side lists only its first unresolved mentions as notes, so the notes cannot be counted.
    func together(_ b: Pipeline.Output, _ a: Pipeline.Output, _ pipeline: Pipeline) -> Pipeline.Output {
        Pipeline.Output(graph: SnapshotMerge.merge([b.graph, a.graph], evidenceCap: pipeline.evidenceCap),
                        linked: b.linked + a.linked, diagnostics: b.diagnostics + a.diagnostics,
                        filesRead: b.filesRead + a.filesRead, articlesRead: b.articlesRead + a.articlesRead,
                        bytesRead: b.bytesRead + a.bytesRead, unresolvedCount: b.unresolvedCount + a.unresolvedCount,
                        problemCount: b.problemCount + a.problemCount)
    }

    /// One batch: a snapshot written by `relgraph build` (no linked articles, so no unresolved
    /// mentions), or articles. Nothing readable is an error.
    func batch(_ paths: [String], _ pipeline: Pipeline, side: String?, gathered: Gathered?) throws -> Pipeline.Output {
        let window = DayWindow(since: since.flatMap(Day.init(iso:)), until: until.flatMap(Day.init(iso:)))
        if let (g, n) = try StoreInput.graph(from: paths, window: window, evidenceCap: pipeline.evidenceCap) {
            return StoreInput.output(g, articles: n)
        }
        if let g = try SnapshotInput.graph(from: paths) {
            return Pipeline.Output(graph: g, linked: [], diagnostics: [], filesRead: 1, articlesRead: g.articles.count, bytesRead: 0)
        }
        let out = pipeline.run(paths: paths, linked: gathered?.add)
        if out.articlesRead == 0 {
            input.report(out)
            if let side { throw CLIError(message: "report: nothing could be read from \(side)") }
            throw ExitCode(1)
        }
        return out
    }

    /// The drawing of the graph, narrowed to the strongest nodes when it is large (then with a
    /// note saying so).
    func drawing(_ graph: RelationGraph) throws -> (drawing: ReportContent.Drawing, drawn: RelationGraph, note: String?)? {
        guard !graph.nodes.isEmpty else { return nil }
        let drawn = try narrowed(graph)
        var note: String?
        if drawn.nodes.count < graph.nodes.count || drawn.edges.count < graph.edges.count {
            note = "The drawing shows the \(drawn.nodes.count) strongest of \(graph.nodes.count) nodes and \(drawn.edges.count) of \(graph.edges.count) edges "
                 + "(--max-drawn-nodes, --max-drawn-edges); the tables list all."
        }
        // Evidence lives in the page's side panel, not in the SVG tooltips (which keep the summary).
        let svg = try render(drawn, RenderOptions(labels: labels, title: nil, legend: true, tooltipEvidence: 0))
        let ids = GraphvizRenderer.elementIds(drawn)
        return (.init(svg: svg, nodeElements: ids.nodes, edgeElements: ids.edges), drawn, note)
    }

    /// The `--max-drawn-nodes` strongest nodes of `graph` and a backbone of their edges (each
    /// node's strongest ties, then the heaviest others) up to `--max-drawn-edges` (`DrawingSelection`).
    func narrowed(_ graph: RelationGraph) throws -> RelationGraph {
        try DrawingSelection.backbone(of: graph, maxNodes: maxDrawnNodes, maxEdges: maxDrawnEdges)
    }

    func render(_ graph: RelationGraph, _ options: RenderOptions) throws -> String {
        String(decoding: try GraphvizRenderer.render(graph, options: options), as: UTF8.self)
    }
}

/// What the report keeps of the linked articles, gathered one article at a time: the unresolved
/// mentions and the `kb suggest` stubs (bounded collectors), never the articles themselves.
final class Gathered {
    var unresolved = UnresolvedMention.Collector()
    var stubs = KnowledgeSuggest.Collector()

    func add(_ la: LinkedArticle) {
        unresolved.add(la)
        stubs.add(la)
    }
}
