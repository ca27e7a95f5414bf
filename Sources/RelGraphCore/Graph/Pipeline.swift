import Foundation

/// The whole flow: read → link → build, streaming and in parallel.
///
/// Inputs are walked as a stream of records (`RecordStream`: files, or lines of `.jsonl`
/// corpora), never loaded whole. Records are taken in batches of `batchSize`, handed to one worker
/// thread per core through an `OrderedWorkQueue`; a worker decodes, links and accumulates a batch
/// into a partial graph (`GraphAccumulator`) and takes the next as soon as it is free. This thread
/// reads ahead and merges the partials in input order, so the snapshot is byte-identical whatever
/// the number of threads or the batch size (tests check both). Linked articles are kept only when
/// `retainLinked` is set (the `link` and `kb suggest` commands, tests).
public struct Pipeline: Sendable {
    public let kb: KnowledgeBase
    public let linker: Linker
    public let detector: InteractionDetector
    public let builder: GraphBuilder
    public let asOf: Day
    /// Worker threads for linking (default: all cores).
    public var threads = ProcessInfo.processInfo.activeProcessorCount
    /// Keep every `LinkedArticle` in the output (memory grows with the corpus).
    public var retainLinked = false
    /// Evidence kept per event in the graph (all are counted).
    public var evidenceCap = 10
    /// Records per batch: what one worker links into one partial graph at a time.
    public var batchSize = 64
    /// Invalid UTF-8: skip or replace.
    public var onInvalid: ArticleReader.InvalidTextPolicy = .skip
    /// Longest article read, in bytes; longer files and lines are skipped with a diagnostic.
    public var maxArticleBytes = 16 << 20
    /// Unresolved mentions listed one by one as notes (the first ones, in input order); the rest
    /// are counted (`Output.unresolvedCount`) and summed up in one note, so that a large corpus
    /// does not hold (or print) hundreds of thousands of notes. `relgraph link` lists them all.
    public var maxUnresolvedNotes = 1000
    /// Other input diagnostics kept one by one (the first ones, in input order); the rest are
    /// counted (`Output.problemCount`) and summed up in one note, so that a file of millions of bad
    /// lines is not held in memory.
    public var maxDiagnostics = 1000
    /// Follow symbolic links in input folders that lead out of the folder (else reported, skipped).
    public var followLinks = false

    public init(kb: KnowledgeBase, asOf: Day) {
        self.kb = kb
        // The two pattern indices are built once, over one vocabulary (and the name words beside
        // them, on another thread).
        let (indices, names) = Linker.parts(kb)
        self.linker = Linker(kb: kb, index: indices.entities, names: names)
        self.detector = InteractionDetector(kb: kb, index: indices.triggers, words: names)
        self.builder = GraphBuilder(kb: kb, detector: detector)
        self.asOf = asOf
    }

    public struct Output: Sendable {
        public var graph: RelationGraph
        /// Empty unless `retainLinked`.
        public var linked: [LinkedArticle]
        public var diagnostics: [Diagnostic]
        public var filesRead: Int
        public var articlesRead: Int
        public var bytesRead: Int
        /// Unresolved person and title mentions, listed or not.
        public var unresolvedCount: Int
        /// Input problems (warnings and errors), listed or not.
        public var problemCount: Int

        public init(graph: RelationGraph, linked: [LinkedArticle], diagnostics: [Diagnostic], filesRead: Int, articlesRead: Int, bytesRead: Int,
                    unresolvedCount: Int? = nil, problemCount: Int? = nil) {
            self.graph = graph
            self.linked = linked
            self.diagnostics = diagnostics
            self.filesRead = filesRead
            self.articlesRead = articlesRead
            self.bytesRead = bytesRead
            self.unresolvedCount = unresolvedCount ?? diagnostics.filter { $0.code == Self.unresolvedCode }.count
            self.problemCount = problemCount ?? diagnostics.filter { $0.severity >= .warning }.count
        }

        /// The code of the note of an unresolved mention.
        public static let unresolvedCode = "unresolved"
    }

    /// Progress after each batch.
    public struct Progress: Sendable {
        public var articles: Int
        public var bytes: Int
    }

    /// Articles kept by a date window (inclusive; nil = open).
    public struct Window: Sendable {
        public var since: Day?
        public var until: Day?
        func keeps(_ a: Article) -> Bool { (since.map { a.date >= $0 } ?? true) && (until.map { a.date <= $0 } ?? true) }
    }

    enum Work: Sendable {
        case raw(RawRecord)
        case article(Article)
    }

    struct Partial: Sendable {
        var acc: GraphAccumulator
        var diagnostics: [Diagnostic] = []
        var linked: [LinkedArticle] = []
        var articles: [(id: String, origin: String)] = []
        var evidence: [String] = []
        /// Each article's parts, when asked (`parts(of:)`); `acc` then stays empty.
        var parts: [ArticleParts] = []
        var bytes = 0
        var paths: [String] = []
        /// Unresolved mentions (the first `maxUnresolvedNotes` are in `diagnostics`).
        var unresolved = 0
    }

    /// Reads, links and builds. `since`/`until` (inclusive) keep only articles dated in the window.
    /// `evidence` receives every piece of evidence as a JSON line, in input order; `linked` every
    /// linked article, in input order, as soon as its batch is merged (then it is let go: `link`,
    /// `kb suggest` and `report` stream a corpus through it instead of holding it).
    public func run(paths: [String], since: Day? = nil, until: Day? = nil,
                    progress: ((Progress) -> Void)? = nil, evidence: ((String) -> Void)? = nil,
                    linked: ((LinkedArticle) -> Void)? = nil) -> Output {
        var stream = RecordStream(paths: paths, maxRecordBytes: maxArticleBytes, maxDiagnostics: maxDiagnostics, followLinks: followLinks)
        var state = MergeState(acc: builder.accumulator(evidenceCap: evidenceCap), maxUnresolvedNotes: maxUnresolvedNotes,
                               maxDiagnostics: maxDiagnostics, retain: retainLinked, linked: linked)
        link({ stream.next().map(Work.raw) }, window: Window(since: since, until: until), into: &state,
             evidence: evidence, progress: progress)
        return state.output(builder: builder, first: stream.log, parallel: threads > 1)
    }

    /// Articles already in memory.
    public func run(articles: [Article], diagnostics: [Diagnostic] = [], filesRead: Int = 0,
                    linked: ((LinkedArticle) -> Void)? = nil) -> Output {
        var state = MergeState(acc: builder.accumulator(evidenceCap: evidenceCap), maxUnresolvedNotes: maxUnresolvedNotes,
                               maxDiagnostics: maxDiagnostics, retain: retainLinked, linked: linked)
        var rest = articles[...]
        link({ rest.popFirst().map(Work.article) }, window: Window(), into: &state, evidence: nil, progress: nil)
        var first = DiagnosticLog(limit: maxDiagnostics)
        first.append(contentsOf: diagnostics)
        var out = state.output(builder: builder, first: first, parallel: threads > 1)
        out.filesRead = filesRead
        return out
    }

    /// One article linked and taken apart: its mentions and its share of the graph, all its
    /// evidence kept up to `evidenceCap` per event.
    public struct ArticleParts: Sendable {
        public var mentions: [Mention]
        public var graph: GraphParts
    }

    /// Each article's mentions and share of the graph (same order), linked as `run` links them
    /// (batches on `threads` threads) but not merged into one graph: the store keeps each
    /// article's parts, and `SnapshotMerger` merges them back into the graph `run` gives.
    /// (Linking's notes on the articles are left out: `relgraph link` lists them.)
    public func parts(of articles: [Article]) -> [ArticleParts] {
        var state = MergeState(acc: builder.accumulator(evidenceCap: evidenceCap), maxUnresolvedNotes: maxUnresolvedNotes,
                               maxDiagnostics: maxDiagnostics, retain: false, linked: nil)
        state.wantParts = true
        var rest = articles[...]
        link({ rest.popFirst().map(Work.article) }, window: Window(), into: &state, evidence: nil, progress: nil)
        return state.parts
    }

    /// Links the works `next` gives, in batches of `batchSize`, and merges the partial graphs into
    /// `state` in input order. With several threads the batches go to the worker threads through
    /// one queue, so that none waits for the others; this thread reads the next batches and merges
    /// the results, with at most `4 × threads` batches in flight.
    private func link(_ next: () -> Work?, window: Window, into state: inout MergeState,
                      evidence: ((String) -> Void)?, progress: ((Progress) -> Void)?) {
        let wantEvidence = evidence != nil
        let wantLinked = state.retain || state.linkedSink != nil
        let wantParts = state.wantParts
        // Equal evidence sentences share one text (of the whole run).
        let texts = SentenceInterner()
        let keys = TokenKeyCache.Pool()
        func merge(_ part: consuming Partial) {
            var part = part
            state.merge(&part, evidence: evidence)
            progress?(Progress(articles: state.articleCount, bytes: state.bytes))
        }
        var batch: [Work] = []
        batch.reserveCapacity(batchSize)
        if threads <= 1 {
            func flush() {
                merge(work(batch[...], window: window, wantEvidence: wantEvidence, wantLinked: wantLinked, wantParts: wantParts, texts: texts, keys: keys))
                batch.removeAll(keepingCapacity: true)
            }
            while let w = next() {
                batch.append(w)
                if batch.count >= batchSize { flush() }
            }
            if !batch.isEmpty { flush() }
            return
        }
        let queue = OrderedWorkQueue<[Work], Partial>(workers: threads) { items in
            self.work(items[...], window: window, wantEvidence: wantEvidence, wantLinked: wantLinked, wantParts: wantParts, texts: texts, keys: keys)
        }
        let limit = 4 * threads
        while let w = next() {
            batch.append(w)
            guard batch.count >= batchSize else { continue }
            queue.submit(batch)
            batch = []
            batch.reserveCapacity(batchSize)
            while let part = queue.takeReady() { merge(consume part) }
            while queue.inFlight >= limit, let part = queue.takeNext() { merge(consume part) }
        }
        if !batch.isEmpty { queue.submit(batch) }
        queue.finish()
        batch = []
        while let part = queue.takeNext() { merge(consume part) }
    }

    /// The article reader with this pipeline's settings (date, invalid text, size limit).
    public var reader: ArticleReader {
        var r = ArticleReader(asOf: asOf)
        r.onInvalid = onInvalid
        r.maxRecordBytes = maxArticleBytes
        r.maxDiagnostics = maxDiagnostics
        r.followLinks = followLinks
        return r
    }

    /// `keys`: where the worker takes its token-key cache from (and puts it back). With
    /// `wantParts`, each article goes into an accumulator of its own, taken apart into `parts`.
    func work(_ items: ArraySlice<Work>, window: Window, wantEvidence: Bool, wantLinked: Bool? = nil, wantParts: Bool = false,
              texts: SentenceInterner? = nil, keys pool: TokenKeyCache.Pool? = nil) -> Partial {
        let reader = self.reader
        var p = Partial(acc: builder.accumulator(evidenceCap: evidenceCap))
        p.acc.texts = texts
        if !wantParts { p.acc.ledger.reserveCapacity(16 * items.count) }
        var keys = pool?.take() ?? TokenKeyCache()
        defer { pool?.put(keys) }
        for item in items {
            let articles: [Article]
            switch item {
            case .raw(let r):
                let d = reader.decode(r)
                articles = d.articles
                p.diagnostics += d.diagnostics
                p.bytes += r.size
                // (The lines of one corpus name one path: listed once, not once a line.)
                if p.paths.last != r.path { p.paths.append(r.path) }
            case .article(let a):
                articles = [a]
                p.bytes += a.text.utf8.count
            }
            for a in articles where window.keeps(a) {
                let la = linker.link(a, cache: &keys)
                for i in la.mentions.indices where la.mentions[i].resolution == .unresolved && (la.mentions[i].kind == .title || la.mentions[i].kind == .person) {
                    let m = la.mentions[i]
                    p.unresolved += 1
                    guard p.unresolved <= maxUnresolvedNotes else { continue }
                    p.diagnostics.append(Diagnostic(.note, a.origin, Output.unresolvedCode, "«\(m.surface)» at offset \(m.start): \(m.note ?? "not linked")"))
                }
                if wantParts {
                    var one = builder.accumulator(evidenceCap: evidenceCap)
                    one.texts = p.acc.texts
                    let found = detect(la, into: &one, notes: &p.diagnostics)
                    builder.add(la, found, to: &one)
                    // (Not listed in `articles`: the store, not the run, decides what a repeated id means.)
                    p.parts.append(ArticleParts(mentions: la.mentions, graph: builder.parts(one)))
                    continue
                }
                let found = detect(la, into: &p.acc, notes: &p.diagnostics)
                builder.add(la, found, to: &p.acc)
                if wantEvidence {
                    let date = a.date.description
                    p.evidence += Self.evidenceLines(found.events.map { detector.event($0, date: date, open: p.acc.open) })
                }
                p.articles.append((a.id, a.origin))
                if wantLinked ?? retainLinked { p.linked.append(la.stored) }
            }
        }
        return p
    }

    /// The interaction stage on one linked article (its open-world persons joining `acc`'s), with
    /// a note for each limit it met.
    private func detect(_ la: LinkedArticle, into acc: inout GraphAccumulator, notes: inout [Diagnostic]) -> ArticleInteractions {
        let a = la.article
        let found = detector.detect(la, texts: acc.texts, open: &acc.open)
        if found.limits.crowdedSentences > 0 {
            notes.append(Diagnostic(.note, a.origin, "crowded-sentence",
                                    "\(found.limits.crowdedSentences) sentence(s) name more than \(InteractionDetector.maxPersonsPerSentence) persons; events are found among the first \(InteractionDetector.maxPersonsPerSentence) of each"))
        }
        if found.limits.unrealisedSentences > 0 {
            notes.append(Diagnostic(.note, a.origin, "unrealised-event",
                                    "\(found.limits.unrealisedSentences) sentence(s) report only future, negated or hypothetical interactions; they make no event"))
        }
        if found.limits.cutSentences > 0 {
            notes.append(Diagnostic(.note, a.origin, "long-evidence",
                                    "\(found.limits.cutSentences) evidence sentence(s) longer than \(InteractionDetector.maxEvidenceScalars) characters are kept cut at a word, ending with …"))
        }
        return found
    }

    static func evidenceLines(_ events: [InteractionEvent]) -> [String] {
        events.flatMap { e in
            e.evidence.map { ev in
                JSONValue.object(["a": .string(e.a), "b": .string(e.b), "type": .string(e.type), "date": .string(e.date),
                                  "direction": .string(e.direction.rawValue), "polarity": .string(e.polarity.rawValue),
                                  "article": .string(ev.article), "start": .int(ev.start), "end": .int(ev.end), "text": .string(ev.text)]).compact()
            }
        }
    }

    /// Partials merged in order.
    struct MergeState {
        var acc: GraphAccumulator
        var log: DiagnosticLog
        var linked: [LinkedArticle] = []
        var seenIds = Set<String>()
        var files = Set<String>()
        var articleCount = 0
        var bytes = 0
        let maxUnresolvedNotes: Int
        var unresolved = 0
        /// Keep the linked articles in the output.
        let retain: Bool
        /// Where each linked article goes, in input order.
        let linkedSink: ((LinkedArticle) -> Void)?
        /// Take each article apart (`parts(of:)`) instead of accumulating one graph.
        var wantParts = false
        var parts: [ArticleParts] = []

        init(acc: GraphAccumulator, maxUnresolvedNotes: Int, maxDiagnostics: Int, retain: Bool, linked: ((LinkedArticle) -> Void)?) {
            self.acc = acc
            self.retain = retain
            linkedSink = linked
            self.maxUnresolvedNotes = maxUnresolvedNotes
            log = DiagnosticLog(limit: maxDiagnostics)
        }

        /// Merges the next part (in input order); its events are taken (moved, not copied).
        mutating func merge(_ p: inout Partial, evidence: ((String) -> Void)?) {
            acc.merge(taking: &p.acc)
            // The first unresolved notes of the run: each part lists its own first ones.
            var listed = min(unresolved, maxUnresolvedNotes)
            for d in p.diagnostics {
                if d.code == Output.unresolvedCode {
                    // (Bounded here, apart from the other diagnostics.)
                    guard listed < maxUnresolvedNotes else { continue }
                    listed += 1
                    log.appendUncounted(d)
                } else {
                    log.append(d)
                }
            }
            unresolved += p.unresolved
            for (id, origin) in p.articles where !seenIds.insert(id).inserted {
                log.append(Diagnostic(.warning, origin, "duplicate-id", "article id '\(id)' appears twice; both are used"))
            }
            articleCount += p.articles.count
            bytes += p.bytes
            if let linkedSink { for la in p.linked { linkedSink(la) } }
            if retain { linked += p.linked }
            p.linked = []
            parts += p.parts
            p.parts = []
            files.formUnion(p.paths)
            if let evidence { for line in p.evidence { evidence(line) } }
        }

        /// The output; the accumulator is handed over to the builder (the state is spent).
        mutating func output(builder: GraphBuilder, first: DiagnosticLog, parallel: Bool) -> Output {
            let taken = acc
            acc = builder.accumulator(evidenceCap: acc.ledger.cap)
            // The ids seen (for duplicate warnings) are not needed any more: freed before the graph
            // is assembled, the memory's peak.
            seenIds = []
            let filesRead = files.count
            files = []
            // The walk's diagnostics, then the records', then one note for each kind left out.
            var all = first.kept + log.kept
            let omitted = first.omitted + log.omitted
            if omitted > 0 {
                all.append(DiagnosticLog.moreNote(omitted: omitted, limit: log.limit))
            }
            if unresolved > maxUnresolvedNotes {
                all.append(Diagnostic(.note, "(all inputs)", "unresolved-more",
                                      "\(unresolved - maxUnresolvedNotes) more unresolved mention(s) not listed (the first \(maxUnresolvedNotes) are)"))
            }
            return Output(graph: builder.graph(taken, parallel: parallel), linked: linked, diagnostics: all,
                          filesRead: filesRead, articlesRead: articleCount, bytesRead: bytes, unresolvedCount: unresolved,
                          problemCount: first.problems + log.problems)
        }
    }
}
