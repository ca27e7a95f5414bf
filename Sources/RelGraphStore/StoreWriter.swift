import Foundation
import GRDB
import RelGraphCore

/// What a store's writer remembers between batches of one process: the texts, entities and
/// interaction types it has looked up or written, with their row ids, so that most are found in
/// memory by their bytes. Dropped whenever a write fails (its transaction rolled back).
struct WriteCache {
    /// Texts found by their UTF-8 bytes (`ByteHash`, as the `texts.hash` column; hashing the
    /// strings themselves normalises Arabic and costs more), with their row ids (`textRows`, by
    /// vocabulary id); bounded by `maxTextBytes`.
    var texts = KeyVocabulary()
    var textRows: [Int64] = []
    var textBytes = 0
    static let maxTextBytes = 96 << 20
    /// True while `texts` holds every row of the table (it was empty when this process first wrote
    /// and nothing was dropped since): a text missing from it is new without a look-up.
    var textsComplete: Bool?
    /// Entities as last written: keys (found by their bytes) to row ids and nodes.
    var entities = KeyVocabulary()
    var entityRows: [Int64] = []
    var entityNodes: [GraphNode] = []
    var entitiesLoaded = false
    /// Interaction types as written (a handful: searched in order).
    var types: [(name: String, weight: Double, polarity: Polarity, id: Int64)] = []
}

/// Writes articles and what linking found in them inside one write transaction, through statements
/// prepared once (`BoundStatement`), with the look-ups of `WriteCache`. Schema: `SQLiteSchema`.
struct StoreWriter {
    let db: Database
    var cache: WriteCache
    private let insertText: BoundStatement
    private let findText: BoundStatement
    private let insertEvent: BoundStatement
    private let deleteEvents: BoundStatement

    init(_ db: Database, cache: WriteCache) throws {
        self.db = db
        self.cache = cache
        insertText = try BoundStatement(db, sql: "INSERT INTO texts(hash, text) VALUES (?, ?)")
        findText = try BoundStatement(db, sql: "SELECT id, text FROM texts WHERE hash = ?")
        insertEvent = try BoundStatement(db, sql: "INSERT INTO events(article, seq, a, b, type, direction, start, \"end\", sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        deleteEvents = try BoundStatement(db, sql: "DELETE FROM events WHERE article = ?")
    }

    /// Replaces the events of article row `id` with `events` (relinking).
    mutating func replaceEvents(article id: Int64, _ events: [InteractionEvent]) throws {
        deleteEvents.bind(1, id)
        try deleteEvents.run()
        try writeEvents(article: id, events)
    }

    /// The `pieces` blob of `text`: its pieces' `texts` ids (added when missing), little-endian 32-bit.
    mutating func pieceIds(_ text: String) throws -> [UInt8] {
        var text = text
        return try text.withUTF8 { bytes in
            let ranges = TextPieces.ranges(bytes)
            var out = [UInt8](repeating: 0, count: 4 * ranges.count)
            try out.withUnsafeMutableBytes { raw in
                for (k, r) in ranges.enumerated() {
                    let id = Int32(truncatingIfNeeded: try textId(UnsafeBufferPointer(rebasing: bytes[r])))
                    raw.storeBytes(of: id.littleEndian, toByteOffset: 4 * k, as: Int32.self)
                }
            }
            return out
        }
    }

    /// The row id of the text of UTF-8 `bytes` in `texts`, added when missing.
    mutating func textId(_ bytes: UnsafeBufferPointer<UInt8>) throws -> Int64 {
        let cost = bytes.count + 16
        if cache.textBytes + cost > WriteCache.maxTextBytes {
            cache.texts = KeyVocabulary()
            cache.textRows.removeAll(keepingCapacity: true)
            cache.textBytes = 0
            cache.textsComplete = false
        }
        // One look-up: interned when new to the cache (then found in the table or added to it).
        let known = cache.texts.count
        let k = Int(cache.texts.intern(bytes))
        if k < known { return cache.textRows[k] }
        if cache.textsComplete == nil { cache.textsComplete = try Int.fetchOne(db, sql: "SELECT 1 FROM texts LIMIT 1") == nil }
        let key = Int64(bitPattern: ByteHash.hash(bytes))
        var found: Int64?
        if cache.textsComplete == false {
            findText.bind(1, key)
            while found == nil, try findText.step() {
                if findText.textIs(1, bytes) { found = findText.int64(0) }
            }
            findText.reset()
        }
        let id: Int64
        if let found { id = found } else {
            insertText.bind(1, key)
            insertText.bind(2, text: bytes)
            id = try insertText.insert()
        }
        cache.textRows.append(id)
        cache.textBytes += cost
        return id
    }

    /// Loads the entities table into the cache, once.
    private mutating func loadEntities() throws {
        guard !cache.entitiesLoaded else { return }
        for row in try Row.fetchAll(db, sql: "SELECT \(SQLiteStore.entityColumns) FROM entities") {
            remember(row[1], id: row[0], node: SQLiteStore.node(row))
        }
        cache.entitiesLoaded = true
    }

    /// The row id of a node's entity, written (or updated) when this process has not written it as it is.
    mutating func entityId(_ node: GraphNode) throws -> Int64 {
        try loadEntities()
        if let k = cache.entities.id(node.id), cache.entityNodes[Int(k)] == node { return cache.entityRows[Int(k)] }
        try db.cachedStatement(sql: """
            INSERT INTO entities(key, name, label, kind, country, known, sides) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(key) DO UPDATE SET name = excluded.name, label = excluded.label, kind = excluded.kind,
              country = excluded.country, known = excluded.known, sides = excluded.sides
            """).execute(arguments: [node.id, node.name, node.label, node.kind.rawValue, node.country, node.known, SideTerms.encode(node.sides)])
        let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entities WHERE key = ?"), arguments: [node.id])!
        remember(node.id, id: id, node: node)
        return id
    }

    /// Notes that entity `key` is row `id` holding `node`.
    private mutating func remember(_ key: String, id: Int64, node: GraphNode) {
        let k = Int(cache.entities.intern(key))
        if k == cache.entityRows.count {
            cache.entityRows.append(id)
            cache.entityNodes.append(node)
        } else {
            cache.entityRows[k] = id
            cache.entityNodes[k] = node
        }
    }

    /// The id of the entity `key` names, for a mention: a row is made (named by its key) only when
    /// there is none, so that it never overwrites a node's names.
    mutating func mentionEntityId(_ key: String) throws -> Int64 {
        try loadEntities()
        if let k = cache.entities.id(key) { return cache.entityRows[Int(k)] }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO entities(key, name, label, kind, country, known) VALUES (?, ?, ?, 'person', NULL, 0)")
            .execute(arguments: [key, key, key])
        let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entities WHERE key = ?"), arguments: [key])!
        remember(key, id: id, node: GraphNode(id: key, name: key, label: key, kind: .person, country: nil, known: false))
        return id
    }

    /// The row id of an interaction type as linking weighed it (a knowledge-base edit that changes
    /// a weight makes a new row).
    mutating func typeId(_ name: String, weight: Double, polarity: Polarity) throws -> Int64 {
        if let t = cache.types.first(where: { $0.name == name && $0.weight == weight && $0.polarity == polarity }) { return t.id }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO types(name, weight, polarity) VALUES (?, ?, ?)").execute(arguments: [name, weight, polarity.rawValue])
        let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM types WHERE name = ? AND weight = ? AND polarity = ?"),
                                    arguments: [name, weight, polarity.rawValue])!
        cache.types.append((name, weight, polarity, id))
        return id
    }

    /// Codes of the mention kinds and resolutions in `LinkBlob` (docs/store.md lists them).
    static let mentionKinds: [MentionKind] = [.person, .country, .organisation, .title]
    static let resolutions: [Resolution] = [.name, .coref, .title, .apposition, .counterpart, .demonym, .capital, .country, .history, .unresolved]
    static let directions: [EdgeDirection] = [.none, .forward, .backward, .both]

    /// The article's entities, edges and mentions as one blob (entities and types written as needed).
    mutating func linkBlob(_ l: ArticleLinks) throws -> LinkBlob {
        var blob = LinkBlob()
        blob.entities.reserveCapacity(l.nodes.count)
        for i in l.nodes.indices { blob.entities.append(try entityId(l.nodes[i])) }
        for i in l.edges.indices {
            let (s, t) = (try mentionEntityId(l.edges[i].source), try mentionEntityId(l.edges[i].target))
            let affiliation = l.edges[i].kind == .affiliation
            if affiliation || l.edges[i].types.isEmpty {
                blob.edges.append(.init(source: s, target: t, affiliation: affiliation, type: nil, count: 0))
            }
            guard !affiliation else { continue }
            for w in l.edges[i].types {
                let unit = w.count > 0 ? w.weight / Double(w.count) : w.weight
                blob.edges.append(.init(source: s, target: t, affiliation: false, type: try typeId(w.type, weight: unit, polarity: .cooperative), count: w.count))
            }
        }
        blob.mentions.reserveCapacity(l.mentions.count)
        for i in l.mentions.indices {
            let entity = try l.mentions[i].entity.map { try mentionEntityId($0) }
            blob.mentions.append(.init(start: l.mentions[i].start, end: l.mentions[i].end, kind: Self.mentionKinds.firstIndex(of: l.mentions[i].kind) ?? 0,
                                       resolution: Self.resolutions.firstIndex(of: l.mentions[i].resolution) ?? 0, entity: entity))
        }
        return blob
    }

    /// One row per piece of evidence of each direct event. The events of an article quote few
    /// sentences, each several times: a sentence is looked up once an article (a piece of evidence
    /// at the same place with the same text shares its row).
    mutating func writeEvents(article: Int64, _ events: [InteractionEvent]) throws {
        var seq: Int64 = 0
        var sentences: [(start: Int, end: Int, text: String, id: Int64)] = []
        for i in events.indices {
            let (a, b) = (try mentionEntityId(events[i].a), try mentionEntityId(events[i].b))
            let type = try typeId(events[i].type, weight: events[i].weight, polarity: events[i].polarity)
            let direction = Int64(Self.directions.firstIndex(of: events[i].direction) ?? 0)
            for ev in events[i].evidence {
                let (start, end, text) = (ev.start, ev.end, ev.text)
                let sentence: Int64
                if let known = sentences.first(where: { $0.start == start && $0.end == end && $0.text == text }) {
                    sentence = known.id
                } else {
                    var bytes = text
                    sentence = try bytes.withUTF8 { try textId($0) }
                    sentences.append((start, end, text, sentence))
                }
                insertEvent.bind(1, article); insertEvent.bind(2, seq); insertEvent.bind(3, a); insertEvent.bind(4, b); insertEvent.bind(5, type)
                insertEvent.bind(6, direction); insertEvent.bind(7, Int64(start)); insertEvent.bind(8, Int64(end)); insertEvent.bind(9, sentence)
                try insertEvent.run()
                seq += 1
            }
        }
    }
}
