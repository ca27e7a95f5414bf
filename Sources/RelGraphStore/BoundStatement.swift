import Foundation
import GRDB
import GRDBSQLite

/// A prepared statement run many times (the writes of a batch, the point look-ups before them, the
/// rows of a window read), its values bound and its columns read through SQLite's C API on GRDB's
/// statement (`Statement.sqliteStatement`, GRDB's access to the raw handle for such loops). The
/// store writes about fifteen event rows and several text rows an article and reads hundreds of
/// thousands of event rows for a window: through `StatementArguments` and `Row` (a boxed value
/// each, then GRDB's per-execution bookkeeping) they cost more than SQLite's own work. Integers,
/// UTF-8 text and blobs are bound, each copied by SQLite before the call returns.
struct BoundStatement {
    private let statement: Statement
    private let db: Database

    /// The statement of `sql`, prepared once per connection (GRDB's statement cache).
    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// A statement of its own with `arguments` bound to its parameters in order, for one read.
    init(_ db: Database, sql: String, arguments: [DatabaseValueConvertible]) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
        try statement.setArguments(StatementArguments(arguments))
    }

    private var handle: OpaquePointer { statement.sqliteStatement }

    /// SQLITE_TRANSIENT: SQLite copies the bytes before the bind returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds an integer to parameter `index` (1-based).
    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    /// Binds UTF-8 text to parameter `index`.
    func bind(_ index: Int32, text bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            sqlite3_bind_text(handle, index, "", 0, nil)
            return
        }
        base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { p in
            _ = sqlite3_bind_text(handle, index, p, Int32(bytes.count), Self.transient)
        }
    }

    /// Binds a string as UTF-8 text, or NULL when there is none.
    func bind(_ index: Int32, text: String?) {
        guard var s = text else {
            sqlite3_bind_null(handle, index)
            return
        }
        s.withUTF8 { bind(index, text: $0) }
    }

    /// Binds bytes as a blob to parameter `index`.
    func bind(_ index: Int32, blob bytes: UnsafeRawBufferPointer) {
        // A zero-length blob is still a blob (not NULL): SQLite needs a non-null pointer for it.
        withUnsafeBytes(of: 0) { empty in
            let p = bytes.count > 0 ? bytes.baseAddress! : empty.baseAddress!
            _ = sqlite3_bind_blob(handle, index, p, Int32(bytes.count), Self.transient)
        }
    }

    /// Runs a statement that returns no rows, then resets it for the next values.
    func run() throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw error(code) }
    }

    /// Runs an INSERT; the new row's id.
    func insert() throws -> Int64 {
        try run()
        return sqlite3_last_insert_rowid(db.sqliteConnection)
    }

    /// Advances to the next row; false after the last. Read the row with `int64`, `text` and
    /// `textIs`; `reset` before binding new values.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        guard code == SQLITE_DONE else {
            sqlite3_reset(handle)
            throw error(code)
        }
        return false
    }

    /// Ends a run of `step`s (the statement can be bound and run again).
    func reset() {
        sqlite3_reset(handle)
    }

    /// Column 0 of the first row, reset after; nil when there is no row.
    func firstInt64() throws -> Int64? {
        defer { reset() }
        return try step() ? int64(0) : nil
    }

    /// Column `index` (0-based) of the current row as an integer.
    func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }

    /// Column `index` (0-based) of the current row as text ("" for NULL), read as GRDB reads a
    /// `String` column (`String(cString:)`: invalid UTF-8 repaired), so both give the same strings.
    func text(_ index: Int32) -> String {
        guard let p = sqlite3_column_text(handle, index) else { return "" }
        return String(cString: p)
    }

    /// Whether column `index` of the current row holds exactly these bytes.
    func textIs(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let p = sqlite3_column_text(handle, index)
        let n = Int(sqlite3_column_bytes(handle, index))
        guard n == bytes.count else { return false }
        guard n > 0, let p else { return true }
        return memcmp(p, bytes.baseAddress!, n) == 0
    }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
    }
}
