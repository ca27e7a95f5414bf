import Foundation
import GRDB
import RelGraphCore

/// The article store in one SQLite file (through GRDB, on the system's libsqlite3). Schema in
/// docs/store.md (`SQLiteSchema`). Writes are transactions in write-ahead-log mode: a process
/// killed at any point leaves the store as its last committed transaction left it.
public final class SQLiteStore: ArticleStore {
    public let path: String
    private let db: DatabaseQueue
    /// Texts already looked up or written by this process (text → row id), bounded.
    private var textIds: [String: Int64] = [:]
    private static let maxCachedTexts = 500_000
    /// Entities as last written by this process (key → row id, node).
    private var entities: [String: (id: Int64, node: GraphNode)]?

    /// Opens the store at `path`, creating it when the file does not exist; brings an older schema
    /// up to date and refuses a newer one.
    public init(path: String) throws {
        self.path = path
        if FileManager.default.fileExists(atPath: path) {
            let head = FileManager.default.contents(atPath: path)?.prefix(16) ?? Data()
            if !head.isEmpty && head != Data("SQLite format 3\0".utf8) {
                throw StoreError.notAStore(path: path, reason: "not an SQLite database")
            }
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
        }
        do {
            db = try DatabaseQueue(path: path, configuration: config)
            let version = try db.read { try Int.fetchOne($0, sql: "PRAGMA user_version") ?? 0 }
            if version > SQLiteSchema.version {
                throw StoreError.newerSchema(path: path, version: version, supported: SQLiteSchema.version)
            }
            let tables = try db.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
            if version == 0 && !tables.isEmpty && !tables.contains("grdb_migrations") {
                throw StoreError.notAStore(path: path, reason: "an SQLite database with other tables")
            }
            try SQLiteSchema.migrator.migrate(db)
        } catch let e as StoreError {
            throw e
        } catch let e as DatabaseError {
            throw StoreError.database(path: path, message: e.message ?? "\(e)")
        }
    }

    /// Runs `body`, turning SQLite's errors into `StoreError`.
    private func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as DatabaseError {
            throw StoreError.database(path: path, message: (e.message ?? "\(e)") + "; the store is as its last completed batch left it")
        }
    }

    // MARK: Writing

    public func knownHashes(_ hashes: [ContentHash]) throws -> Set<ContentHash> {
        try guarded {
            try db.read { db in
                let stmt = try db.cachedStatement(sql: "SELECT 1 FROM articles WHERE content_hash = ?")
                var known = Set<ContentHash>()
                for h in hashes where try Int.fetchOne(stmt, arguments: [h.hex]) != nil { known.insert(h) }
                return known
            }
        }
    }

    public func add(_ batch: [StoredArticle], linkedWith settings: LinkSettings) throws -> AddCounts {
        try guarded {
            try db.write { db in
                let link = try linkSettingsId(db, settings)
                var counts = AddCounts()
                let now = ISO8601DateFormatter().string(from: Date())
                for s in batch {
                    if try Int.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM articles WHERE content_hash = ?"), arguments: [s.hash.hex]) != nil {
                        counts.duplicates += 1
                        continue
                    }
                    let old = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM articles WHERE article_id = ? OR (url IS NOT NULL AND url = ?)"),
                                                 arguments: [s.article.id, s.article.url])
                    for id in old { try delete(db, article: id) }
                    if !old.isEmpty { counts.replaced += 1 } else { counts.added += 1 }
                    let a = s.article
                    var pieces = Data()
                    for p in TextPieces.split(a.text) {
                        var id = Int32(truncatingIfNeeded: try textId(db, p)).littleEndian
                        withUnsafeBytes(of: &id) { pieces.append(contentsOf: $0) }
                    }
                    try db.cachedStatement(sql: """
                        INSERT INTO articles(article_id, url, title, outlet, date, date_source, content_hash, bytes, pieces, origin, linked_with, added_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """).execute(arguments: [a.id, a.url, a.title, a.outlet, a.date.description, a.dateSource.rawValue, s.hash.hex,
                                                 a.text.utf8.count, pieces, a.origin, link, now])
                    try writeLinks(db, article: db.lastInsertedRowID, s.links, date: a.date.description)
                }
                return counts
            }
        }
    }

    public func relink(settings: LinkSettings, batchSize: Int, _ relink: ([Article]) throws -> [ArticleLinks]) throws -> Int {
        try guarded {
            try db.write { db in
                // Each article keeps the reading options it was added with, under the new knowledge base.
                var newSettings: [Int64: Int64] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, options FROM link_settings") {
                    newSettings[row[0]] = try linkSettingsId(db, LinkSettings(kb: settings.kb, options: row[1]))
                }
                let ids = try Int64.fetchAll(db, sql: "SELECT id FROM articles ORDER BY date, article_id")
                var done = 0
                var start = 0
                while start < ids.count {
                    let part = Array(ids[start..<min(ids.count, start + max(1, batchSize))])
                    start += part.count
                    let articles = try part.map { try article(db, row: $0) }
                    let links = try relink(articles)
                    for (id, (a, l)) in zip(part, zip(articles, links)) {
                        try deleteLinks(db, article: id)
                        try writeLinks(db, article: id, l, date: a.date.description)
                        let old = try Int64.fetchOne(db, sql: "SELECT linked_with FROM articles WHERE id = ?", arguments: [id])
                        try db.execute(sql: "UPDATE articles SET linked_with = coalesce(?, linked_with) WHERE id = ?",
                                       arguments: [old.flatMap { newSettings[$0] }, id])
                    }
                    done += part.count
                }
                return done
            }
        }
    }

    private func linkSettingsId(_ db: Database, _ s: LinkSettings) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM link_settings WHERE kb = ? AND options = ?", arguments: [s.kb, s.options]) { return id }
        try db.execute(sql: "INSERT INTO link_settings(kb, options, first_used) VALUES (?, ?, ?)",
                       arguments: [s.kb, s.options, ISO8601DateFormatter().string(from: Date())])
        return db.lastInsertedRowID
    }

    /// The row id of `text` in `texts`, added when missing.
    private func textId(_ db: Database, _ text: String) throws -> Int64 {
        if let id = textIds[text] { return id }
        let hash = ContentHash(text).key
        var found: Int64?
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT id, text FROM texts WHERE hash = ?"), arguments: [hash])
        where (row[1] as String) == text {
            found = row[0]
            break
        }
        let id: Int64
        if let found { id = found } else {
            try db.cachedStatement(sql: "INSERT INTO texts(hash, text) VALUES (?, ?)").execute(arguments: [hash, text])
            id = db.lastInsertedRowID
        }
        if textIds.count >= Self.maxCachedTexts { textIds.removeAll(keepingCapacity: true) }
        textIds[text] = id
        return id
    }

    /// The row id of a node's entity, written (or updated) when this process has not written it as it is.
    private func entityId(_ db: Database, _ node: GraphNode) throws -> Int64 {
        if entities == nil {
            var all: [String: (id: Int64, node: GraphNode)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, key, name, label, kind, country, known FROM entities") {
                all[row[1]] = (row[0], Self.node(row))
            }
            entities = all
        }
        if let e = entities![node.id], e.node == node { return e.id }
        try db.cachedStatement(sql: """
            INSERT INTO entities(key, name, label, kind, country, known) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(key) DO UPDATE SET name = excluded.name, label = excluded.label, kind = excluded.kind,
              country = excluded.country, known = excluded.known
            """).execute(arguments: [node.id, node.name, node.label, node.kind.rawValue, node.country, node.known])
        let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entities WHERE key = ?"), arguments: [node.id])!
        entities![node.id] = (id, node)
        return id
    }

    private static func node(_ row: Row) -> GraphNode {
        GraphNode(id: row[1], name: row[2], label: row[3], kind: NodeKind(rawValue: row[4]) ?? .person, country: row[5], known: row[6])
    }

    private func writeLinks(_ db: Database, article: Int64, _ l: ArticleLinks, date: String) throws {
        var ids: [String: Int64] = [:]
        for n in l.nodes {
            let id = try entityId(db, n)
            ids[n.id] = id
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO article_entities(article, entity) VALUES (?, ?)").execute(arguments: [article, id])
        }
        // Ends of events and edges are nodes of the article's graph.
        func entity(_ key: String) throws -> Int64 {
            if let id = ids[key] { return id }
            let id = try entityId(db, GraphNode(id: key, name: key, label: key, kind: .person, country: nil, known: false))
            ids[key] = id
            return id
        }
        for (k, e) in l.events.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO events(article, seq, a, b, type, direction, polarity, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .execute(arguments: [article, k, try entity(e.a), try entity(e.b), e.type, e.direction.rawValue, e.polarity.rawValue, e.weight])
            for (j, ev) in e.evidence.enumerated() {
                try db.cachedStatement(sql: "INSERT INTO evidence(article, event, seq, start, \"end\", sentence) VALUES (?, ?, ?, ?, ?, ?)")
                    .execute(arguments: [article, k, j, ev.start, ev.end, try textId(db, ev.text)])
            }
        }
        var seq = 0
        for e in l.edges {
            let (s, t) = (try entity(e.source), try entity(e.target))
            let rows: [(String?, Double, Int)] = e.types.isEmpty ? [(nil, e.weight, 0)] : e.types.map { ($0.type, $0.weight, $0.count) }
            for r in rows {
                try db.cachedStatement(sql: "INSERT INTO edges(article, seq, source, target, kind, type, weight, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .execute(arguments: [article, seq, s, t, e.kind.rawValue, r.0, r.1, r.2])
                seq += 1
            }
        }
        for (k, m) in l.mentions.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO mentions(article, seq, start, \"end\", kind, entity, resolution) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .execute(arguments: [article, k, m.start, m.end, m.kind.rawValue, m.entity, m.resolution.rawValue])
        }
    }

    private func deleteLinks(_ db: Database, article: Int64) throws {
        for table in ["article_entities", "events", "evidence", "edges", "mentions"] {
            try db.cachedStatement(sql: "DELETE FROM \(table) WHERE article = ?").execute(arguments: [article])
        }
    }

    private func delete(_ db: Database, article: Int64) throws {
        try deleteLinks(db, article: article)
        try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [article])
    }

    // MARK: Reading

    private func article(_ db: Database, row id: Int64) throws -> Article {
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT article_id, url, title, outlet, date, date_source, pieces, origin FROM articles WHERE id = ?
            """), arguments: [id])!
        return try article(db, row)
    }

    private func article(_ db: Database, _ row: Row) throws -> Article {
        let blob: Data = row[6]
        var text = ""
        let stmt = try db.cachedStatement(sql: "SELECT text FROM texts WHERE id = ?")
        var i = blob.startIndex
        while i + 4 <= blob.endIndex {
            let id = blob[i..<i + 4].enumerated().reduce(Int32(0)) { $0 | Int32($1.element) << (8 * $1.offset) }
            text += try String.fetchOne(stmt, arguments: [id]) ?? ""
            i += 4
        }
        let date = Day(iso: row[4]) ?? Day(year: 1970, month: 1, day: 1)!
        return Article(id: row[0], text: text, date: date, dateSource: DateSource(rawValue: row[5]) ?? .asOf,
                       title: row[2], url: row[1], outlet: row[3], origin: row[7])
    }

    public func articles(in window: DayWindow) throws -> [Article] {
        try guarded {
            try db.read { db in
                let (lo, hi) = window.bounds
                return try Row.fetchAll(db, sql: """
                    SELECT article_id, url, title, outlet, date, date_source, pieces, origin FROM articles
                    WHERE date BETWEEN ? AND ? ORDER BY date, article_id
                    """, arguments: [lo, hi]).map { try article(db, $0) }
            }
        }
    }

    public func graph(in window: DayWindow, evidenceCap: Int) throws -> StoreGraph {
        try guarded {
            try db.read { db in
                let (lo, hi) = window.bounds
                let inWindow = "SELECT id FROM articles WHERE date BETWEEN ?1 AND ?2"
                var nodes: [Int64: GraphNode] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, key, name, label, kind, country, known FROM entities") {
                    nodes[row[0]] = Self.node(row)
                }
                let articles = try Row.fetchAll(db, sql: """
                    SELECT id, article_id, date, date_source, title FROM articles WHERE date BETWEEN ?1 AND ?2 ORDER BY date, article_id
                    """, arguments: [lo, hi])
                var byArticle: [Int64: (nodes: [GraphNode], events: [InteractionEvent], edges: [EdgeSpec])] = [:]
                for a in articles { byArticle[a[0]] = ([], [], []) }
                var info: [Int64: (id: String, date: String)] = [:]
                for a in articles { info[a[0]] = (a[1], a[2]) }
                for row in try Row.fetchAll(db, sql: "SELECT article, entity FROM article_entities WHERE article IN (\(inWindow))", arguments: [lo, hi]) {
                    if let n = nodes[row[1]] { byArticle[row[0]]?.nodes.append(n) }
                }
                // Evidence by (article, event), in order.
                var evidence: [Int64: [Int: [Evidence]]] = [:]
                var sources: [Int64: Evidence.Source] = [:]
                for row in try Row.fetchAll(db, sql: """
                    SELECT x.article, x.event, x.start, x."end", t.text FROM evidence x JOIN texts t ON t.id = x.sentence
                    WHERE x.article IN (\(inWindow)) ORDER BY x.article, x.event, x.seq
                    """, arguments: [lo, hi]) {
                    let article: Int64 = row[0]
                    guard let i = info[article] else { continue }
                    let source = sources[article] ?? Evidence.Source(article: i.id, date: i.date)
                    sources[article] = source
                    evidence[article, default: [:]][row[1], default: []].append(Evidence(source: source, start: row[2], end: row[3], text: row[4]))
                }
                for row in try Row.fetchAll(db, sql: """
                    SELECT article, seq, a, b, type, direction, polarity, weight FROM events WHERE article IN (\(inWindow)) ORDER BY article, seq
                    """, arguments: [lo, hi]) {
                    let article: Int64 = row[0]
                    guard let i = info[article], let a = nodes[row[2]]?.id, let b = nodes[row[3]]?.id else { continue }
                    let ev = evidence[article]?[row[1]] ?? []
                    var e = InteractionEvent(source: a, target: b, directed: false, type: row[4], date: i.date,
                                             polarity: Polarity(rawValue: row[6]) ?? .cooperative, weight: row[7], evidence: ev)
                    e.direction = EdgeDirection(rawValue: row[5]) ?? .none
                    byArticle[article]?.events.append(e)
                }
                var edgeRows: [Int64: [(s: String, t: String, kind: EdgeKind, type: String?, weight: Double, count: Int)]] = [:]
                for row in try Row.fetchAll(db, sql: """
                    SELECT article, source, target, kind, type, weight, count FROM edges WHERE article IN (\(inWindow)) ORDER BY article, seq
                    """, arguments: [lo, hi]) {
                    guard let s = nodes[row[1]]?.id, let t = nodes[row[2]]?.id, let kind = EdgeKind(rawValue: row[3]) else { continue }
                    edgeRows[row[0], default: []].append((s, t, kind, row[4], row[5], row[6]))
                }
                for (article, rows) in edgeRows {
                    var specs: [EdgeSpec] = []
                    for r in rows {
                        let type = r.type.map { TypeWeight(type: $0, weight: r.weight, count: r.count) }
                        if let last = specs.last, last.source == r.s, last.target == r.t, last.kind == r.kind, let type {
                            specs[specs.count - 1].types.append(type)
                            specs[specs.count - 1].weight += r.weight
                        } else {
                            specs.append(EdgeSpec(source: r.s, target: r.t, kind: r.kind, weight: r.weight, types: type.map { [$0] } ?? []))
                        }
                    }
                    byArticle[article]?.edges = specs
                }
                var merger = SnapshotMerger(evidenceCap: evidenceCap)
                for a in articles {
                    let id: Int64 = a[0]
                    guard let parts = byArticle.removeValue(forKey: id) else { continue }
                    let infoRow = ArticleInfo(id: a[1], date: a[2], dateSource: a[3], title: a[4])
                    merger.add(RelationGraph(nodes: parts.nodes, edges: parts.edges, events: parts.events, articles: [infoRow]))
                }
                return StoreGraph(graph: merger.graph(), articles: articles.count)
            }
        }
    }

    public func eventRows(in window: DayWindow) throws -> [EventRow] {
        try guarded {
            try db.read { db in
                let (lo, hi) = window.bounds
                return try Row.fetchAll(db, sql: """
                    SELECT ar.date, ar.date_source, ev.type, ev.direction, ev.polarity, ea.key, eb.key, ar.article_id, ar.url, ar.title,
                           ar.outlet, x.start, x."end", t.text
                    FROM articles ar
                    JOIN events ev ON ev.article = ar.id
                    JOIN entities ea ON ea.id = ev.a
                    JOIN entities eb ON eb.id = ev.b
                    JOIN evidence x ON x.article = ev.article AND x.event = ev.seq
                    JOIN texts t ON t.id = x.sentence
                    WHERE ar.date BETWEEN ? AND ?
                    ORDER BY ar.date, ar.article_id, ev.seq, x.seq
                    """, arguments: [lo, hi]).map {
                    EventRow(date: $0[0], dateSource: $0[1], type: $0[2], direction: $0[3], polarity: $0[4], a: $0[5], b: $0[6],
                             article: $0[7], url: $0[8], title: $0[9], outlet: $0[10], start: $0[11], end: $0[12], sentence: $0[13])
                }
            }
        }
    }

    public func summary() throws -> StoreSummary {
        try guarded {
            try db.read { db in
                StoreSummary(articles: try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0,
                             events: try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0,
                             first: try String.fetchOne(db, sql: "SELECT min(date) FROM articles"),
                             last: try String.fetchOne(db, sql: "SELECT max(date) FROM articles"),
                             schemaVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
            }
        }
    }

    /// Folds the write-ahead log into the file (the store is one file again).
    public func checkpoint() throws {
        try guarded { try db.writeWithoutTransaction { try $0.checkpoint(.truncate) } }
    }
}
