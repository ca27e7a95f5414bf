import Foundation
import GRDB
import RelGraphCore

/// The article store in one SQLite file (through GRDB, on the system's libsqlite3). Schema in
/// docs/store.md (`SQLiteSchema`). Writes are transactions in write-ahead-log mode: a process
/// killed at any point leaves the store as its last committed transaction left it.
public final class SQLiteStore: ArticleStore {
    public let path: String
    private let db: DatabaseQueue
    /// Texts already looked up or written by this process, found by their UTF-8 bytes (`ByteHash`,
    /// as the `texts.hash` column; hashing the strings themselves normalises Arabic and costs more),
    /// with their row ids (`textRows`, by vocabulary id); bounded by `maxCachedTextBytes`.
    private var texts = KeyVocabulary()
    private var textRows: [Int64] = []
    private var cachedTextBytes = 0
    private static let maxCachedTextBytes = 96 << 20
    /// True while `texts` holds every row of the table (it was empty when this process first wrote
    /// and nothing was dropped since): a text missing from it is new without a look-up.
    private var textsComplete: Bool?
    /// Entities as last written by this process: keys (found by their bytes) to row ids and nodes.
    private var entities = KeyVocabulary()
    private var entityRows: [Int64] = []
    private var entityNodes: [GraphNode?] = []
    private var entitiesLoaded = false
    /// Interaction types as written by this process.
    private var typeIds: [TypeKey: Int64] = [:]
    /// A `types` row: an interaction type as linking weighed it.
    private struct TypeKey: Hashable {
        var name: String, weight: Double, polarity: Polarity
    }

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
    /// A failed write rolls back, so the caches of what this process wrote are dropped too.
    private func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch {
            texts = KeyVocabulary()
            textRows = []
            cachedTextBytes = 0
            textsComplete = nil
            entities = KeyVocabulary()
            entityRows = []
            entityNodes = []
            entitiesLoaded = false
            typeIds = [:]
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
                let stmt = try db.cachedStatement(sql: "SELECT 1 FROM articles WHERE content_hash = ?")
                var known = Set<ContentHash>()
                for h in hashes where try Int.fetchOne(stmt, arguments: [h.bytes]) != nil { known.insert(h) }
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
                let known = try db.cachedStatement(sql: "SELECT 1 FROM articles WHERE content_hash = ?")
                let same = try db.cachedStatement(sql: "SELECT id FROM articles WHERE article_id = ? OR (url IS NOT NULL AND url = ?)")
                let insert = try db.cachedStatement(sql: """
                    INSERT INTO articles(article_id, url, title, outlet, date, date_source, content_hash, bytes, pieces, links, origin, linked_with, added_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for s in batch {
                    let hash = s.hash.bytes
                    if try Int.fetchOne(known, arguments: [hash]) != nil {
                        counts.duplicates += 1
                        continue
                    }
                    let a = s.article
                    let old = try Int64.fetchAll(same, arguments: [a.id, a.url])
                    for id in old { try delete(db, article: id) }
                    if !old.isEmpty { counts.replaced += 1 } else { counts.added += 1 }
                    let pieces = try pieceIds(db, a.text)
                    let blob = try linkBlob(db, s.links)
                    try insert.execute(arguments: [a.id, a.url, a.title, a.outlet, a.date.description, a.dateSource.rawValue, hash,
                                                   a.text.utf8.count, pieces, blob.encoded(), a.origin, link, now])
                    try writeEvents(db, article: db.lastInsertedRowID, s.links.events)
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
                    for (id, l) in zip(part, links) {
                        try db.cachedStatement(sql: "DELETE FROM events WHERE article = ?").execute(arguments: [id])
                        try writeEvents(db, article: id, l.events)
                        try db.cachedStatement(sql: "UPDATE articles SET links = ? WHERE id = ?").execute(arguments: [try linkBlob(db, l).encoded(), id])
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

    /// The `pieces` blob of `text`: its pieces' `texts` ids (added when missing), little-endian 32-bit.
    private func pieceIds(_ db: Database, _ text: String) throws -> Data {
        var text = text
        return try text.withUTF8 { bytes in
            let ranges = TextPieces.ranges(bytes)
            var out = Data(count: 4 * ranges.count)
            try out.withUnsafeMutableBytes { raw in
                for (k, r) in ranges.enumerated() {
                    let id = Int32(truncatingIfNeeded: try textId(db, UnsafeBufferPointer(rebasing: bytes[r])))
                    raw.storeBytes(of: id.littleEndian, toByteOffset: 4 * k, as: Int32.self)
                }
            }
            return out
        }
    }

    /// The row id of the text of UTF-8 `bytes` in `texts`, added when missing.
    private func textId(_ db: Database, _ bytes: UnsafeBufferPointer<UInt8>) throws -> Int64 {
        if let k = texts.id(bytes) { return textRows[Int(k)] }
        if textsComplete == nil { textsComplete = try Int.fetchOne(db, sql: "SELECT 1 FROM texts LIMIT 1") == nil }
        let key = Int64(bitPattern: ByteHash.hash(bytes))
        var found: Int64?
        if textsComplete == false {
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT id, text FROM texts WHERE hash = ?"), arguments: [key])
            where Self.sameBytes(row[1], bytes) {
                found = row[0]
                break
            }
        }
        let id: Int64
        if let found { id = found } else {
            let insert = try BoundInsert(db, sql: "INSERT INTO texts(hash, text) VALUES (?, ?)")
            insert.bind(1, key)
            insert.bind(2, text: bytes)
            id = try insert.run()
        }
        let cost = bytes.count + 16
        if cachedTextBytes + cost > Self.maxCachedTextBytes {
            texts = KeyVocabulary()
            textRows.removeAll(keepingCapacity: true)
            cachedTextBytes = 0
            textsComplete = false
        }
        _ = texts.intern(bytes)
        textRows.append(id)
        cachedTextBytes += cost
        return id
    }

    /// Whether two strings are the same bytes (not merely canonically equivalent, as `==` says:
    /// an article's pieces must join back to its exact text).
    private static func sameBytes(_ a: String, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        var a = a
        return a.withUTF8 { x in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
    }

    /// The row id of a node's entity, written (or updated) when this process has not written it as it is.
    private func entityId(_ db: Database, _ given: GraphNode?) throws -> Int64? {
        if !entitiesLoaded {
            for row in try Row.fetchAll(db, sql: "SELECT id, key, name, label, kind, country, known FROM entities") {
                remember(row[1], id: row[0], node: Self.node(row))
            }
            entitiesLoaded = true
        }
        guard let node = given else { return nil }
        if let k = entities.id(node.id), entityNodes[Int(k)] == node { return entityRows[Int(k)] }
        try db.cachedStatement(sql: """
            INSERT INTO entities(key, name, label, kind, country, known) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(key) DO UPDATE SET name = excluded.name, label = excluded.label, kind = excluded.kind,
              country = excluded.country, known = excluded.known
            """).execute(arguments: [node.id, node.name, node.label, node.kind.rawValue, node.country, node.known])
        let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entities WHERE key = ?"), arguments: [node.id])!
        remember(node.id, id: id, node: node)
        return id
    }

    /// Notes that entity `key` is row `id` holding `node`.
    private func remember(_ key: String, id: Int64, node: GraphNode) {
        let k = Int(entities.intern(key))
        if k == entityRows.count {
            entityRows.append(id)
            entityNodes.append(node)
        } else {
            entityRows[k] = id
            entityNodes[k] = node
        }
    }

    private static func node(_ row: Row) -> GraphNode {
        GraphNode(id: row[1], name: row[2], label: row[3], kind: NodeKind(rawValue: row[4]) ?? .person, country: row[5], known: row[6])
    }

    /// Codes of the mention kinds and resolutions in `LinkBlob` (docs/store.md lists them).
    static let mentionKinds: [MentionKind] = [.person, .country, .organisation, .title]
    static let resolutions: [Resolution] = [.name, .coref, .title, .apposition, .counterpart, .demonym, .capital, .country, .history, .unresolved]
    static let directions: [EdgeDirection] = [.none, .forward, .backward, .both]

    /// The row id of an interaction type as linking weighed it (a knowledge-base edit that changes
    /// a weight makes a new row).
    private func typeId(_ db: Database, _ name: String, weight: Double, polarity: Polarity) throws -> Int64 {
        let key = TypeKey(name: name, weight: weight, polarity: polarity)
        if let id = typeIds[key] { return id }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO types(name, weight, polarity) VALUES (?, ?, ?)").execute(arguments: [name, weight, polarity.rawValue])
        let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM types WHERE name = ? AND weight = ? AND polarity = ?"),
                                    arguments: [name, weight, polarity.rawValue])!
        typeIds[key] = id
        return id
    }

    /// The id of the entity `key` names, for a mention: a row is made (named by its key) only when
    /// there is none, so that it never overwrites a node's names.
    private func mentionEntityId(_ db: Database, _ key: String) throws -> Int64 {
        if !entitiesLoaded { _ = try entityId(db, nil) }
        if let k = entities.id(key) { return entityRows[Int(k)] }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO entities(key, name, label, kind, country, known) VALUES (?, ?, ?, 'person', NULL, 0)")
            .execute(arguments: [key, key, key])
        let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entities WHERE key = ?"), arguments: [key])!
        remember(key, id: id, node: GraphNode(id: key, name: key, label: key, kind: .person, country: nil, known: false))
        return id
    }

    /// The article's entities, edges and mentions as one blob (entities and types written as needed).
    private func linkBlob(_ db: Database, _ l: ArticleLinks) throws -> LinkBlob {
        var blob = LinkBlob()
        for n in l.nodes { blob.entities.append(try entityId(db, n)!) }
        for e in l.edges {
            let (s, t) = (try mentionEntityId(db, e.source), try mentionEntityId(db, e.target))
            if e.kind == .affiliation || e.types.isEmpty {
                blob.edges.append(.init(source: s, target: t, affiliation: e.kind == .affiliation, type: nil, count: 0))
            }
            for w in e.types where e.kind != .affiliation {
                let unit = w.count > 0 ? w.weight / Double(w.count) : w.weight
                blob.edges.append(.init(source: s, target: t, affiliation: false, type: try typeId(db, w.type, weight: unit, polarity: .cooperative), count: w.count))
            }
        }
        for m in l.mentions {
            blob.mentions.append(.init(start: m.start, end: m.end, kind: Self.mentionKinds.firstIndex(of: m.kind) ?? 0,
                                       resolution: Self.resolutions.firstIndex(of: m.resolution) ?? 0,
                                       entity: try m.entity.map { try mentionEntityId(db, $0) }))
        }
        return blob
    }

    /// One row per piece of evidence of each direct event.
    private func writeEvents(_ db: Database, article: Int64, _ events: [InteractionEvent]) throws {
        let insert = try BoundInsert(db, sql: "INSERT INTO events(article, seq, a, b, type, direction, start, \"end\", sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        var seq: Int64 = 0
        for i in events.indices {
            let (a, b) = (try mentionEntityId(db, events[i].a), try mentionEntityId(db, events[i].b))
            let type = try typeId(db, events[i].type, weight: events[i].weight, polarity: events[i].polarity)
            let direction = Int64(Self.directions.firstIndex(of: events[i].direction) ?? 0)
            for ev in events[i].evidence {
                var text = ev.text
                let sentence = try text.withUTF8 { try textId(db, $0) }
                insert.bind(1, article); insert.bind(2, seq); insert.bind(3, a); insert.bind(4, b); insert.bind(5, type)
                insert.bind(6, direction); insert.bind(7, Int64(ev.start)); insert.bind(8, Int64(ev.end)); insert.bind(9, sentence)
                try insert.run()
                seq += 1
            }
        }
    }

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
                var nodes: [Int64: GraphNode] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, key, name, label, kind, country, known FROM entities") {
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
                // Read through the C API (`BoundSelect`); a sentence shared by several events is
                // decoded once.
                let rows = try BoundSelect(db, sql: """
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
                    e.direction = Self.directions[min(Self.directions.count - 1, max(0, Int(rows.int64(4))))]
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
