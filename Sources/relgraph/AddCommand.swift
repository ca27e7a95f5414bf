import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphStore

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add articles to a store (one SQLite file), linking only what it does not hold yet.",
        discussion: Help.discussion("""
            The store is created when the file does not exist. Each batch of articles is added in one \
            transaction: an article whose text is already stored (under any id) is not counted twice, and \
            one whose id or url is stored with other text replaces the old version. A run that is killed \
            leaves the store as its last committed batch left it; running the same command again completes it.
            """, examples: [
                "relgraph add desk.sqlite this-week/",
                "relgraph add desk.sqlite corpus.jsonl --as-of 2025-10-15",
            ]))

    @Argument(help: "The store file (created when missing).")
    var store: String

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("batch"), help: "Articles per transaction.")
    var batch: Int = 2000

    func validate() throws {
        if batch < 1 { throw ValidationError("--batch must be at least 1") }
    }

    func run() throws {
        let paths = try input.paths
        try OutputFile.refuseOverwriting(inputs: paths, outputs: [store])
        let db = try SQLiteStore(path: store)
        var ingest = StoreIngest(linker: StoreLinker(pipeline: try input.makePipeline()), settings: StoreInput.settings(input, knowledge: input.knowledge))
        ingest.batchSize = batch
        var bar = ProgressBar(enabled: !input.quiet, totalBytes: paths.reduce(0) { $0 + InputOptions.size(of: $1) })
        let result = try ingest.add(paths: paths, to: db, progress: { bar.update(articles: $0, bytes: $1) })
        bar.finish()
        try db.checkpoint()
        if !input.quiet {
            Console.diagnostics(result.diagnostics)
            let c = result.counts, s = try db.summary()
            Console.error("read \(result.articlesRead) article(s) from \(result.filesRead) file(s); \(result.problemCount) input problem(s); "
                + "added \(c.added), replaced \(c.replaced), already stored \(c.duplicates); the store holds \(s.articles) article(s)")
        }
        if result.articlesRead == 0 { throw ExitCode(1) }
        if input.strict && result.problemCount > 0 { throw ExitCode(1) }
    }
}

struct RelinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relink",
        abstract: "Link every stored article again with the current knowledge base, in place, in one transaction.",
        discussion: Help.discussion(examples: [
            "relgraph relink desk.sqlite",
            "relgraph relink desk.sqlite --kb extra.yaml",
        ]))

    @Argument(help: "The store file.")
    var store: String

    @OptionGroup var knowledge: KnowledgeOptions

    @Flag(name: .shortAndLong, help: "Print no summary on stderr.")
    var quiet = false

    func run() throws {
        guard StoreInput.isStore(store) else { throw CLIError(message: "\(store): no store there; make one with `relgraph add`") }
        let db = try SQLiteStore(path: store)
        let kb = try knowledge.load()
        let linker = StoreLinker(pipeline: Pipeline(kb: kb, asOf: Day.today()))
        let settings = LinkSettings(kb: KnowledgeFingerprint.of(overlays: knowledge.knowledgeBases.map { URL(fileURLWithPath: $0) }),
                                    options: "")
        let n = try db.relink(settings: settings, batchSize: 2000) { linker.links($0) }
        try db.checkpoint()
        if !quiet { Console.error("relinked \(n) article(s)") }
    }
}
