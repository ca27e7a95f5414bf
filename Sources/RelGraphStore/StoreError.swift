/// The store's one error type: what went wrong, with the store's path and what to do.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// The file is not a relgraph store (another SQLite database, or not SQLite at all).
    case notAStore(path: String, reason: String)
    /// Made by a newer relgraph (schema version above the one this relgraph knows).
    case newerSchema(path: String, version: Int, supported: Int)
    /// SQLite failed (disk full, locked by another writer, corrupt file).
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .notAStore(let path, let reason):
            return "\(path): not a relgraph store (\(reason)); give a store made by `relgraph add`, or a new file name to create one"
        case .newerSchema(let path, let v, let s):
            return "\(path): store schema version \(v) is newer than this relgraph reads (\(s)); use a newer relgraph"
        case .database(let path, let message):
            return "\(path): \(message)"
        }
    }
}
