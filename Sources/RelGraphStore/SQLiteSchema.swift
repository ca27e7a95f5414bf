import GRDB

/// The SQLite store's tables (documented for users in docs/store.md) and their migrations.
///
/// `PRAGMA user_version` holds the schema version; GRDB's migrator records which migrations ran
/// (table `grdb_migrations`), so a store made by an older relgraph is brought up to date on open
/// and one made by a newer relgraph is refused.
enum SQLiteSchema {
    static let version = 1

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
                  date TEXT NOT NULL, date_source TEXT NOT NULL, content_hash TEXT NOT NULL UNIQUE,
                  bytes INTEGER NOT NULL, pieces BLOB NOT NULL, origin TEXT NOT NULL,
                  linked_with INTEGER NOT NULL REFERENCES link_settings(id), added_at TEXT NOT NULL);
                CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
                CREATE INDEX articles_date ON articles(date, article_id);
                CREATE TABLE entities(
                  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, label TEXT NOT NULL,
                  kind TEXT NOT NULL, country TEXT, known INTEGER NOT NULL);
                CREATE TABLE article_entities(article INTEGER NOT NULL, entity INTEGER NOT NULL,
                  PRIMARY KEY(article, entity)) WITHOUT ROWID;
                CREATE TABLE events(
                  article INTEGER NOT NULL, seq INTEGER NOT NULL, a INTEGER NOT NULL, b INTEGER NOT NULL,
                  type TEXT NOT NULL, direction TEXT NOT NULL, polarity TEXT NOT NULL, weight REAL NOT NULL,
                  PRIMARY KEY(article, seq)) WITHOUT ROWID;
                CREATE TABLE evidence(
                  article INTEGER NOT NULL, event INTEGER NOT NULL, seq INTEGER NOT NULL,
                  start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence INTEGER NOT NULL,
                  PRIMARY KEY(article, event, seq)) WITHOUT ROWID;
                CREATE TABLE edges(
                  article INTEGER NOT NULL, seq INTEGER NOT NULL, source INTEGER NOT NULL, target INTEGER NOT NULL,
                  kind TEXT NOT NULL, type TEXT, weight REAL NOT NULL, count INTEGER NOT NULL,
                  PRIMARY KEY(article, seq)) WITHOUT ROWID;
                CREATE TABLE mentions(
                  article INTEGER NOT NULL, seq INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                  kind TEXT NOT NULL, entity TEXT, resolution TEXT NOT NULL,
                  PRIMARY KEY(article, seq)) WITHOUT ROWID;
                CREATE VIEW event_evidence AS
                  SELECT ar.date, ar.date_source, ev.type, ev.direction, ev.polarity,
                         ea.key AS a, eb.key AS b, ar.article_id AS article, ar.url, ar.title, ar.outlet,
                         x.start, x."end", t.text AS sentence
                  FROM events ev
                  JOIN articles ar ON ar.id = ev.article
                  JOIN entities ea ON ea.id = ev.a
                  JOIN entities eb ON eb.id = ev.b
                  JOIN evidence x ON x.article = ev.article AND x.event = ev.seq
                  JOIN texts t ON t.id = x.sentence;
                PRAGMA user_version = 1;
                """)
        }
        return m
    }
}
