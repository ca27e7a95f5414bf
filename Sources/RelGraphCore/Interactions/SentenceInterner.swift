import Foundation

/// One shared copy of each evidence sentence text for a whole run.
///
/// The same sentence is often reported by many articles (wire copy, repeated boilerplate); the
/// detector asks the interner for the run's copy of each text it makes, so equal texts share one
/// storage. Only storage is shared: values, and so every output, are unchanged. Safe to use from
/// several worker threads (a lock guards the table).
public final class SentenceInterner: @unchecked Sendable {
    private var texts = Set<String>()
    private let lock = NSLock()

    public init() {}

    /// The run's copy of `text` (`text` itself the first time it is seen).
    public func intern(_ text: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        return texts.insert(text).memberAfterInsert
    }

    /// How many distinct texts are held.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return texts.count
    }
}
