import Foundation

/// One shared copy of each evidence sentence text for a whole run.
///
/// The same sentence is often reported by many articles (wire copy, repeated boilerplate); the
/// detector asks the interner for the run's copy of each text it makes, so equal texts share one
/// storage. Only storage is shared: values, and so every output, are unchanged. Safe to use from
/// several worker threads (a lock guards the table).
///
/// Texts are looked up by their UTF-8 bytes (a 64-bit hash over 8-byte words, then `memcmp`), not
/// by `String` equality (which would also match canonically equivalent texts of other bytes, and
/// normalises before hashing); a text already held costs no `String` at all.
public final class SentenceInterner: @unchecked Sendable {
    /// The table, behind a pointer: the lock already makes access exclusive, and stored `var`s
    /// of a class would be checked for exclusivity at run time on every access.
    private struct Table {
        /// Each text with its hash, side by side: a probe reads one entry, not two lists.
        var entries: [(hash: UInt64, text: String)] = []
        var index = SlotIndex(size: 1024)
    }

    private let table: UnsafeMutablePointer<Table>
    private let lock = NSLock()

    public init() {
        table = .allocate(capacity: 1)
        table.initialize(to: Table())
    }

    deinit {
        table.deinitialize(count: 1)
        table.deallocate()
    }

    /// The run's copy of `text` (`text` itself the first time its bytes are seen).
    public func intern(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { intern(bytes: $0) { text } }
    }

    /// The run's copy of the text with these UTF-8 bytes (valid UTF-8), made only when new.
    func intern(bytes: UnsafeBufferPointer<UInt8>) -> String {
        intern(bytes: bytes) { String(decoding: bytes, as: UTF8.self) }
    }

    /// The run's copy of the text with these UTF-8 bytes; `make` gives the text (of these bytes)
    /// when it is new. It is made outside the lock, so the table is searched again before the new
    /// text goes in (another thread may have added it meanwhile).
    func intern(bytes: UnsafeBufferPointer<UInt8>, make: () -> String) -> String {
        let h = ByteHash.hash(bytes)
        do {
            lock.lock()
            defer { lock.unlock() }
            if let held = lookup(bytes, hash: h).entry { return table.pointee.entries[held].text }
        }
        let text = make()
        lock.lock()
        defer { lock.unlock() }
        let (found, slot) = lookup(bytes, hash: h)
        if let held = found { return table.pointee.entries[held].text }
        table.pointee.entries.append((h, text))
        let entries = table.pointee.entries
        table.pointee.index.insert(entries.count - 1, at: slot, count: entries.count) { Int(truncatingIfNeeded: entries[$0].hash) }
        return text
    }

    /// The entry with these bytes, else the slot for it (`SlotIndex.find`). The lock must be held.
    private func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (entry: Int?, slot: Int) {
        let t = table
        return t.pointee.index.find(Int(truncatingIfNeeded: h)) { t.pointee.entries[$0].hash == h && Self.equal(t.pointee.entries[$0].text, bytes) }
    }

    /// How many distinct texts are held.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return table.pointee.entries.count
    }

    /// (Read in place, not through `withUTF8`: that one is mutating, and a mutating access to a
    /// class's stored array is checked for exclusivity at run time on every call.)
    private static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { t in t.count == 0 || memcmp(t.baseAddress!, bytes.baseAddress!, t.count) == 0 }
            ?? utf8.elementsEqual(bytes)
    }

}
