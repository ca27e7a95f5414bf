import Foundation
import GRDB
import GRDBSQLite

/// A prepared SELECT stepped through SQLite's C API on GRDB's statement (`Statement.sqliteStatement`),
/// its columns read as integers or UTF-8 text: for reads of hundreds of thousands of rows, where
/// GRDB's `Row` (a boxed value per column, looked up by index) costs more than SQLite's own work.
/// The counterpart of `BoundInsert`; only integer and text parameters and columns.
struct BoundSelect {
    private let statement: Statement
    private let db: Database

    /// Prepares `sql` with `arguments` bound to its parameters in order (integers or text).
    init(_ db: Database, sql: String, arguments: [DatabaseValueConvertible]) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
        try statement.setArguments(StatementArguments(arguments))
    }

    /// Advances to the next row; false after the last.
    func step() throws -> Bool {
        let code = sqlite3_step(statement.sqliteStatement)
        if code == SQLITE_ROW { return true }
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: statement.sql)
        }
        return false
    }

    /// Column `index` (0-based) of the current row as an integer.
    func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(statement.sqliteStatement, index) }

    /// Column `index` (0-based) of the current row as text ("" for NULL), read as GRDB reads a
    /// `String` column (`String(cString:)`: invalid UTF-8 repaired), so both give the same strings.
    func text(_ index: Int32) -> String {
        guard let p = sqlite3_column_text(statement.sqliteStatement, index) else { return "" }
        return String(cString: p)
    }
}
