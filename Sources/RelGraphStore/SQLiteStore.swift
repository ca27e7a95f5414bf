import Foundation
import GRDB
import RelGraphCore

/// The article store in one SQLite file (through GRDB, on the system's libsqlite3). Schema in
/// docs/store.md (`SQLiteSchema`). Writes are transactions in write-ahead-log mode: a process
/// killed at any point leaves the store as its last committed transaction left it.
public final class SQLiteStore: ArticleStore {
    public let path: String
    private let db: DatabaseQueue
    /// The texts, entities and types this process has looked up or written (`StoreWriter`).
    private var cache = WriteCache()

    /// True when `path` is an existing SQLite file (its first 16 bytes say so).
    public static func isSQLite(_ path: String) -> Bool {
        guard let h = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? h.close() }
        return (try? h.read(upToCount: 16)) == header
    }

    static let header = Data("SQLite format 3\0".utf8)

    /// Opens the store at `path`, creating it when the file does not exist; brings an older schema
    /// up to date and refuses a newer one.
    public init(path: String) throws {
        self.path = path
        if FileManager.default.fileExists(atPath: path), (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 > 0,
           !Self.isSQLite(path) {
            throw StoreError.notAStore(path: path, reason: "not an SQLite database")
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            // The log is folded into the file (a checkpoint, two fsyncs) once 128 MiB of it are
            // written, and at the end of `add`, not every 4 MiB; a batch's pages stay in a 64 MiB
            // cache until its commit. Neither changes what a commit makes durable.
            try db.execute(sql: """
                PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 32768;
                PRAGMA cache_size = -65536
                """)
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
            // Two processes opening a new store at once (an `add` creating it, a reader polling it)
            // may both start the same migration; the one that loses finds the tables made and
            // runs the migrator again, which then skips what the other committed.
            for attempt in 1...3 {
                do {
                    try SQLiteSchema.migrator.migrate(db)
                    // (Every migration has run: the store is at this version, whatever order they ran in.)
                    try db.write { try SQLiteSchema.raiseVersion($0, to: SQLiteSchema.version) }
                    break
                } catch is DatabaseError where attempt < 3 {
                    continue
                }
            }
        } catch let e as StoreError {
            throw e
        } catch let e as DatabaseError {
            throw StoreError.database(path: path, message: e.message ?? "\(e)")
        }
    }

    /// Runs `body`, turning SQLite's errors into `StoreError`.
    /// A failed write rolls back, so the caches of what this process wrote are dropped too.
    private func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch {
            cache = WriteCache()
            if let e = error as? DatabaseError {
                throw StoreError.database(path: path, message: (e.message ?? "\(e)") + "; the store is as its last completed batch left it")
            }
            throw error
        }
    }

    // MARK: Writing

    public func knownHashes(_ hashes: [ContentHash]) throws -> Set<ContentHash> {
        try guarded {
            try db.read { db in
                let known = try BoundStatement(db, sql: "SELECT 1 FROM articles WHERE content_hash = ?")
                var found = Set<ContentHash>()
                for h in hashes {
                    h.withBytes { known.bind(1, blob: $0) }
                    if try known.firstInt64() != nil { found.insert(h) }
                }
                return found
            }
        }
    }

    public func add(_ batch: [StoredArticle], linkedWith settings: LinkSettings) throws -> AddCounts {
        try guarded {
            try db.write { db in
                let link = try linkSettingsId(db, settings)
                var counts = AddCounts()
                let now = ISO8601DateFormatter().string(from: Date())
                let known = try BoundStatement(db, sql: "SELECT 1 FROM articles WHERE content_hash = ?")
                let same = try BoundStatement(db, sql: "SELECT id FROM articles WHERE article_id = ? OR (url IS NOT NULL AND url = ?)")
                let insert = try BoundStatement(db, sql: """
                    INSERT INTO articles(article_id, url, title, outlet, date, date_source, content_hash, bytes, pieces, links, origin, linked_with, added_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                // The writer owns the cache while it writes (one exclusive access, not one a look-up).
                var writer = try StoreWriter(db, cache: cache)
                cache = WriteCache()
                for s in batch {
                    s.hash.withBytes { known.bind(1, blob: $0) }
                    if try known.firstInt64() != nil {
                        counts.duplicates += 1
                        continue
                    }
                    let a = s.article
                    same.bind(1, text: a.id)
                    same.bind(2, text: a.url)
                    var old: [Int64] = []
                    while try same.step() { old.append(same.int64(0)) }
                    same.reset()
                    for id in old { try delete(db, article: id) }
                    if !old.isEmpty { counts.replaced += 1 } else { counts.added += 1 }
                    let pieces = try writer.pieceIds(a.text)
                    let blob = try writer.linkBlob(s.links).encoded()
                    insert.bind(1, text: a.id)
                    insert.bind(2, text: a.url)
                    insert.bind(3, text: a.title)
                    insert.bind(4, text: a.outlet)
                    insert.bind(5, text: a.date.description)
                    insert.bind(6, text: a.dateSource.rawValue)
                    s.hash.withBytes { insert.bind(7, blob: $0) }
                    insert.bind(8, Int64(a.text.utf8.count))
                    pieces.withUnsafeBytes { insert.bind(9, blob: $0) }
                    blob.withUnsafeBytes { insert.bind(10, blob: $0) }
                    insert.bind(11, text: a.origin)
                    insert.bind(12, link)
                    insert.bind(13, text: now)
                    try writer.writeEvents(article: try insert.insert(), s.links.events)
                }
                cache = writer.cache
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
                var writer = try StoreWriter(db, cache: cache)
                cache = WriteCache()
                var done = 0
                var start = 0
                while start < ids.count {
                    let part = Array(ids[start..<min(ids.count, start + max(1, batchSize))])
                    start += part.count
                    let articles = try part.map { try article(db, row: $0) }
                    let links = try relink(articles)
                    for (id, l) in zip(part, links) {
                        try writer.replaceEvents(article: id, l.events)
                        try db.cachedStatement(sql: "UPDATE articles SET links = ? WHERE id = ?").execute(arguments: [try writer.linkBlob(l).encoded(), id])
                        let old = try Int64.fetchOne(db, sql: "SELECT linked_with FROM articles WHERE id = ?", arguments: [id])
                        try db.execute(sql: "UPDATE articles SET linked_with = coalesce(?, linked_with) WHERE id = ?",
                                       arguments: [old.flatMap { newSettings[$0] }, id])
                    }
                    done += part.count
                }
                cache = writer.cache
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

    /// The text an article's `pieces` blob lists, joined from its `texts` rows.
    static func text(_ db: Database, pieces: Data) throws -> String {
        let stmt = try db.cachedStatement(sql: "SELECT text FROM texts WHERE id = ?")
        var text = ""
        for k in stride(from: 0, to: pieces.count - 3, by: 4) {
            let id = pieces.withUnsafeBytes { Int32(littleEndian: $0.loadUnaligned(fromByteOffset: k, as: Int32.self)) }
            text += try String.fetchOne(stmt, arguments: [id]) ?? ""
        }
        return text
    }

    /// An entity row: id, key, name, label, kind, country, known, sides (`entityColumns`).
    static func node(_ row: Row) -> GraphNode {
        GraphNode(id: row[1], name: row[2], label: row[3], kind: NodeKind(rawValue: row[4]) ?? .person, country: row[5], known: row[6],
                  sides: SideTerms.decode(row[7]))
    }

    static let entityColumns = "id, key, name, label, kind, country, known, sides"


    private func delete(_ db: Database, article: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM events WHERE article = ?").execute(arguments: [article])
        try db.cachedStatement(sql: "DELETE FROM articles WHERE id = ?").execute(arguments: [article])
    }

    // MARK: Reading

    private func article(_ db: Database, row id: Int64) throws -> Article {
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT article_id, url, title, outlet, date, date_source, pieces, origin FROM articles WHERE id = ?
            """), arguments: [id])!
        return try article(db, row)
    }

    private func article(_ db: Database, _ row: Row) throws -> Article {
        let text = try Self.text(db, pieces: row[6])
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
                var nodes: [Int64: GraphNode] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT \(Self.entityColumns) FROM entities") {
                    nodes[row[0]] = Self.node(row)
                }
                var types: [Int64: (name: String, weight: Double, polarity: Polarity)] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, name, weight, polarity FROM types") {
                    types[row[0]] = (row[1], row[2], Polarity(rawValue: row[3]) ?? .cooperative)
                }
                // Events of each article, grouped by (pair, type) in row order.
                var events: [Int64: [InteractionEvent]] = [:]
                var info: [Int64: (source: Evidence.Source, date: String)] = [:]
                let articles = try Row.fetchAll(db, sql: """
                    SELECT id, article_id, date, date_source, title, links, url, outlet FROM articles WHERE date BETWEEN ?1 AND ?2 ORDER BY date, article_id
                    """, arguments: [lo, hi])
                for a in articles { info[a[0]] = (Evidence.Source(article: a[1], date: a[2]), a[2]) }
                // Read through the C API (`BoundStatement`); a sentence shared by several events is
                // decoded once.
                let rows = try BoundStatement(db, sql: """
                    SELECT ev.article, ev.a, ev.b, ev.type, ev.direction, ev.start, ev."end", ev.sentence, t.text FROM events ev
                    JOIN texts t ON t.id = ev.sentence
                    WHERE ev.article IN (SELECT id FROM articles WHERE date BETWEEN ?1 AND ?2) ORDER BY ev.article, ev.seq
                    """, arguments: [lo, hi])
                let entityIds = nodes.mapValues(\.id)
                var sentences: [Int64: String] = [:]
                // Rows come article by article: the current article's events are built in a local
                // array (mutated in place) and filed when the next article starts.
                var current: (article: Int64, events: [InteractionEvent]) = (-1, [])
                while try rows.step() {
                    let article = rows.int64(0)
                    guard let (source, date) = info[article], let a = entityIds[rows.int64(1)], let b = entityIds[rows.int64(2)],
                          let type = types[rows.int64(3)] else { continue }
                    if article != current.article {
                        if !current.events.isEmpty { events[current.article] = current.events }
                        current = (article, events.removeValue(forKey: article) ?? [])
                    }
                    let sentence = rows.int64(7)
                    let text: String
                    if let known = sentences[sentence] { text = known } else { text = rows.text(8); sentences[sentence] = text }
                    let evidence = Evidence(source: source, start: Int(rows.int64(5)), end: Int(rows.int64(6)), text: text)
                    if let last = current.events.indices.last, current.events[last].a == a, current.events[last].b == b,
                       current.events[last].type == type.name {
                        current.events[last].evidence.append(evidence)
                        current.events[last].evidenceCount += 1
                        continue
                    }
                    var e = InteractionEvent(source: a, target: b, directed: false, type: type.name, date: date, polarity: type.polarity,
                                             weight: type.weight, evidence: [evidence])
                    e.direction = StoreWriter.directions[min(StoreWriter.directions.count - 1, max(0, Int(rows.int64(4))))]
                    current.events.append(e)
                }
                if !current.events.isEmpty { events[current.article] = current.events }
                var merger = SnapshotMerger(evidenceCap: evidenceCap)
                var added = Set<Int64>()
                for a in articles {
                    guard let blob = LinkBlob(a[5]) else {
                        throw StoreError.database(path: path, message: "article '\(a[1] as String)' has damaged links; run `relgraph relink` on the store")
                    }
                    let id: Int64 = a[0]
                    var edges: [EdgeSpec] = []
                    for e in blob.edges {
                        guard let s = nodes[e.source]?.id, let t = nodes[e.target]?.id else { continue }
                        if e.affiliation {
                            edges.append(EdgeSpec(source: s, target: t, kind: .affiliation, weight: 1))
                        } else if let ty = e.type.flatMap({ types[$0] }) {
                            let w = TypeWeight(type: ty.name, weight: ty.weight * Double(e.count), count: e.count)
                            if let last = edges.last, last.source == s, last.target == t, last.kind == .coMention {
                                edges[edges.count - 1].types.append(w)
                                edges[edges.count - 1].weight += w.weight
                            } else {
                                edges.append(EdgeSpec(source: s, target: t, kind: .coMention, weight: w.weight, types: [w]))
                            }
                        }
                    }
                    // A node is the same row in every article: handed to the merger once.
                    let fresh = blob.entities.filter { added.insert($0).inserted }
                    merger.add(nodes: fresh.compactMap { nodes[$0] }, events: events.removeValue(forKey: id) ?? [], edges: edges,
                               articles: [ArticleInfo(id: a[1], date: a[2], dateSource: a[3], title: a[4], url: a[6], outlet: a[7])])
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
                    SELECT date, date_source, type, direction, polarity, a, b, article, url, title, outlet, start, "end", sentence
                    FROM event_rows WHERE date BETWEEN ? AND ? ORDER BY date, article, start, a, b, type
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
        try guarded { _ = try db.writeWithoutTransaction { try $0.checkpoint(.truncate) } }
    }
}
