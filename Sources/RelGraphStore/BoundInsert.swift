import Foundation
import GRDB
import GRDBSQLite

/// A prepared INSERT run many times in one write transaction, its values bound through SQLite's C
/// API on GRDB's statement (`Statement.sqliteStatement`, GRDB's access to the raw handle for such
/// loops). The store writes about fifteen event rows and several text rows an article: through
/// `StatementArguments` (a boxed value each, then GRDB's per-execution bookkeeping) they cost
/// more than SQLite's own work. Only integers and UTF-8 text are bound, the text copied by SQLite.
struct BoundInsert {
    private let statement: Statement
    private let db: Database

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// Binds an integer to parameter `index` (1-based).
    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(statement.sqliteStatement, index, value)
    }

    /// Binds UTF-8 text to parameter `index` (copied by SQLite).
    func bind(_ index: Int32, text bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            sqlite3_bind_text(statement.sqliteStatement, index, "", 0, nil)
            return
        }
        base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { p in
            // SQLITE_TRANSIENT: SQLite copies the bytes before this returns.
            _ = sqlite3_bind_text(statement.sqliteStatement, index, p, Int32(bytes.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
    }

    /// Runs the insert with the values bound, then clears them; the new row's id.
    @discardableResult
    func run() throws -> Int64 {
        let s = statement.sqliteStatement
        let code = sqlite3_step(s)
        sqlite3_reset(s)
        sqlite3_clear_bindings(s)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: statement.sql)
        }
        return db.lastInsertedRowID
    }
}
