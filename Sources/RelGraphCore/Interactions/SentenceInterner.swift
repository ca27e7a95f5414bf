import Foundation

/// One shared copy of each evidence sentence text for a whole run.
///
/// The same sentence is often reported by many articles (wire copy, repeated boilerplate); the
/// detector asks the interner for the run's copy of each text it makes, so equal texts share one
/// storage. Only storage is shared: values, and so every output, are unchanged. Safe to use from
/// several worker threads (a lock guards the table).
/// Texts are matched by their UTF-8 bytes, not by `String` equality (which would also match
/// canonically equivalent texts of other bytes, and normalises before hashing).
public final class SentenceInterner: @unchecked Sendable {
    /// A text compared and hashed by its UTF-8 bytes.
    struct Bytes: Hashable {
        let text: String

        static func == (a: Bytes, b: Bytes) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

        func hash(into h: inout Hasher) {
            let done: Void? = text.utf8.withContiguousStorageIfAvailable { h.combine(bytes: UnsafeRawBufferPointer($0)) }
            if done == nil { Array(text.utf8).withUnsafeBytes { h.combine(bytes: $0) } }
        }
    }

    private var texts = Set<Bytes>()
    private let lock = NSLock()

    public init() {}

    /// The run's copy of `text` (`text` itself the first time its bytes are seen).
    public func intern(_ text: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        return texts.insert(Bytes(text: text)).memberAfterInsert.text
    }

    /// How many distinct texts are held.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return texts.count
    }
}
