import Foundation
import GRDB
import RelGraphCore

/// The SQLite store's tables (documented for users in docs/store.md) and their migrations.
///
/// `PRAGMA user_version` holds the schema version; GRDB's migrator records which migrations ran
/// (table `grdb_migrations`), so a store made by an older relgraph is brought up to date on open
/// and one made by a newer relgraph is refused.
enum SQLiteSchema {
    static let version = 4

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE link_settings(
                  id INTEGER PRIMARY KEY, kb TEXT NOT NULL, options TEXT NOT NULL, first_used TEXT NOT NULL,
                  UNIQUE(kb, options));
                CREATE TABLE texts(id INTEGER PRIMARY KEY, hash INTEGER NOT NULL, text TEXT NOT NULL);
                CREATE INDEX texts_hash ON texts(hash);
                CREATE TABLE articles(
                  id INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, url TEXT, title TEXT, outlet TEXT,
                  date TEXT NOT NULL, date_source TEXT NOT NULL, content_hash BLOB NOT NULL UNIQUE,
                  bytes INTEGER NOT NULL, pieces BLOB NOT NULL, links BLOB NOT NULL, origin TEXT NOT NULL,
                  linked_with INTEGER NOT NULL REFERENCES link_settings(id), added_at TEXT NOT NULL);
                CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
                CREATE INDEX articles_date ON articles(date, article_id);
                CREATE TABLE entities(
                  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, label TEXT NOT NULL,
                  kind TEXT NOT NULL, country TEXT, known INTEGER NOT NULL);
                CREATE TABLE types(
                  id INTEGER PRIMARY KEY, name TEXT NOT NULL, weight REAL NOT NULL, polarity TEXT NOT NULL,
                  UNIQUE(name, weight, polarity));
                CREATE TABLE events(
                  article INTEGER NOT NULL, seq INTEGER NOT NULL, a INTEGER NOT NULL, b INTEGER NOT NULL,
                  type INTEGER NOT NULL, direction INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                  sentence INTEGER NOT NULL,
                  PRIMARY KEY(article, seq)) WITHOUT ROWID;
                CREATE VIEW event_rows AS
                  SELECT ar.date, ar.date_source, ty.name AS type,
                         CASE ev.direction WHEN 1 THEN 'forward' WHEN 2 THEN 'backward' WHEN 3 THEN 'both' ELSE 'none' END AS direction,
                         ty.polarity, ty.weight, ea.key AS a, eb.key AS b, ar.article_id AS article, ar.url, ar.title, ar.outlet,
                         ev.start, ev."end", t.text AS sentence
                  FROM events ev
                  JOIN articles ar ON ar.id = ev.article
                  JOIN types ty ON ty.id = ev.type
                  JOIN entities ea ON ea.id = ev.a
                  JOIN entities eb ON eb.id = ev.b
                  JOIN texts t ON t.id = ev.sentence;
                PRAGMA user_version = 1;
                """)
        }
        // v2: `texts.hash` is the `ByteHash` of the text's UTF-8 bytes (v1 had the first 64 bits of
        // its SHA-256, which cost a fifth of `add`).
        m.registerMigration("v2") { db in
            let byteHash = DatabaseFunction("relgraph_byte_hash", argumentCount: 1, pure: true) { values in
                guard var text = String.fromDatabaseValue(values[0]) else { return nil }
                return Int64(bitPattern: text.withUTF8 { ByteHash.hash($0) })
            }
            db.add(function: byteHash)
            defer { db.remove(function: byteHash) }
            try db.execute(sql: "UPDATE texts SET hash = relgraph_byte_hash(text)")
            try raiseVersion(db, to: 2)
        }
        // v3: `articles.content_hash` is `ContentHash` (MurmurHash3 x64_128) of the text; v2 had the
        // first 128 bits of its SHA-256. Each article's text is joined from its pieces and hashed again.
        m.registerMigration("v3") { db in
            let update = try db.makeStatement(sql: "UPDATE articles SET content_hash = ? WHERE id = ?")
            var hashes: [(Int64, Data)] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT id, pieces FROM articles")
            while let row = try rows.next() { hashes.append((row[0], ContentHash(try SQLiteStore.text(db, pieces: row[1])).bytes)) }
            for (id, hash) in hashes { try update.execute(arguments: [hash, id]) }
            try raiseVersion(db, to: 3)
        }
        // v4: `entities.sides`, the days on which a person acts for another side than `country`
        // (`SideTerms`); NULL until the entity is written again (the next `add` or `relink`).
        m.registerMigration("v4") { db in
            try db.execute(sql: "ALTER TABLE entities ADD COLUMN sides TEXT")
            try raiseVersion(db, to: 4)
        }
        return m
    }

    /// Sets `PRAGMA user_version` to `version` unless it is higher already (a migration run again
    /// after a later one, as when a store's record of it was removed, leaves the later version).
    static func raiseVersion(_ db: Database, to version: Int) throws {
        let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if current < version { try db.execute(sql: "PRAGMA user_version = \(version)") }
    }
}
