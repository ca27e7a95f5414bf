import Foundation

/// Token keys (and the linker's mention surfaces, `text`) already made, found by their UTF-8 bytes:
/// a word seen before gets the same `String` back, and its encoding for the linker's vocabulary (`EncodedTokens`) made once. Making a
/// `String` from bytes validates them (about 300 instructions for a short word); finding it here
/// costs a hash of the finished key (a few word loads) and one probe. One cache serves one thread (a worker
/// takes one from the run's `Pool` for its slice of a batch); it holds about `limit` keys and
/// starts afresh between articles once past it, so memory stays bounded whatever the corpus.
struct TokenKeyCache {
    /// A key, where its bytes are in `bytes`, and its hash: what a look-up reads of an entry, side
    /// by side (a look-up of a word met before then costs one cache line of the table, not one
    /// per field).
    private struct Entry {
        var key: String
        var span: ByteSpan
        var hash: UInt64
    }

    /// An entry's encoding for a `KeyVocabulary` (`EncodedTokens.encode`): its id, and its forms
    /// `forms[formStart..<formEnd]` (formStart −1: not encoded yet).
    private struct Encoding {
        var id: Int32 = -1
        var formStart: Int32 = -1
        var formEnd: Int32 = -1
    }

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    private var index = SlotIndex(size: 64)
    let limit: Int
    /// The entry of each key asked for since `beginArticle`, in order.
    private(set) var trail: [Int32] = []
    private var encodings: [Encoding] = []
    private var forms: [(id: Int32, removed: Int32)] = []
    private var fingerprint: UInt64?

    init(limit: Int = 1 << 16) { self.limit = limit }

    /// Keys held.
    var count: Int { entries.count }

    /// The key with these bytes (valid UTF-8) and this `hash` (`ByteHash.hash`, or any
    /// function of the bytes used for every call), added to the trail.
    mutating func key(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> String {
        let i = entry(b, hash: h)
        trail.append(Int32(i))
        return entries[i].key
    }

    /// A string of an article's text with these bytes (valid UTF-8), not added to the trail: the
    /// linker's mention surfaces, which repeat across articles as token keys do, are made once
    /// and shared.
    mutating func text(_ b: UnsafeBufferPointer<UInt8>) -> String { entries[entry(b, hash: ByteHash.hash(b))].key }

    /// The entry of the string with these bytes and `hash`, made when new.
    @inline(__always)
    private mutating func entry(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int {
        let n = b.count
        let (found, slot) = bytes.withUnsafeBufferPointer { arena in
            entries.withUnsafeBufferPointer { es in
                index.find(Int(truncatingIfNeeded: h)) { i in
                    es[i].hash == h && es[i].span.length == n
                        && (n == 0 || memcmp(arena.baseAddress! + es[i].span.offset, b.baseAddress!, n) == 0)
                }
            }
        }
        if let i = found { return i }
        entries.append(Entry(key: String(decoding: b, as: UTF8.self), span: ByteSpan(offset: bytes.count, length: n), hash: h))
        encodings.append(Encoding())
        bytes.append(contentsOf: b)
        index.insert(entries.count - 1, at: slot, count: entries.count) { Int(truncatingIfNeeded: entries[$0].hash) }
        return entries.count - 1
    }

    /// Starts an article: the trail is emptied, and a cache past its limit starts afresh (only
    /// here, so that the entries of an article's trail stay valid).
    mutating func beginArticle() {
        if entries.count >= limit || bytes.count >= 1 << 30 { self = TokenKeyCache(limit: limit) }
        trail.removeAll(keepingCapacity: true)
    }

    /// Encodings are for `vocabulary` from now on (those made for another one are dropped).
    private mutating func use(_ vocabulary: KeyVocabulary) {
        guard fingerprint != vocabulary.fingerprint else { return }
        fingerprint = vocabulary.fingerprint
        for k in encodings.indices { encodings[k].formStart = -1 }
        forms = []
    }

    /// Encodes entry `i` with the vocabulary in `use` (`EncodedTokens.encode`).
    private mutating func encode(_ i: Int, vocabulary: KeyVocabulary) {
        let span = entries[i].span
        let start = Int32(forms.count)
        let id = bytes.withUnsafeBufferPointer { arena in
            EncodedTokens.encode(UnsafeBufferPointer(rebasing: arena[span.range]),
                                 vocabulary: vocabulary, forms: &forms)
        }
        encodings[i] = Encoding(id: id, formStart: start, formEnd: Int32(forms.count))
    }

    /// Appends the encoding of each key of the trail (see `EncodedTokens`): its id to `ids`, its
    /// first-token forms to `forms`, and where they end to `formStart`. Keys are encoded once.
    mutating func encodeTrail(vocabulary: KeyVocabulary, ids: inout [Int32], formStart starts: inout [Int32],
                              forms out: inout [(id: Int32, removed: Int32)]) {
        use(vocabulary)
        // Keys met for the first time encoded, and the forms of all counted, in one pass; then
        // written into arrays made at their final size (no uniqueness or capacity check per
        // element, as `append` makes).
        var total = 0
        for i in trail {
            if encodings[Int(i)].formStart < 0 { encode(Int(i), vocabulary: vocabulary) }
            total += Int(encodings[Int(i)].formEnd - encodings[Int(i)].formStart)
        }
        let idStart = ids.count, startAt = starts.count
        var written = out.count
        out.append(contentsOf: repeatElement((id: Int32(0), removed: Int32(0)), count: total))
        ids.append(contentsOf: repeatElement(Int32(0), count: trail.count))
        starts.append(contentsOf: repeatElement(Int32(0), count: trail.count))
        out.withUnsafeMutableBufferPointer { o in
            ids.withUnsafeMutableBufferPointer { d in
                starts.withUnsafeMutableBufferPointer { st in
                    for (k, i) in trail.enumerated() {
                        let e = encodings[Int(i)]
                        d[idStart + k] = e.id
                        for j in Int(e.formStart)..<Int(e.formEnd) {
                            o[written] = forms[j]
                            written += 1
                        }
                        st[startAt + k] = Int32(written)
                    }
                }
            }
        }
    }
}

extension TokenKeyCache {
    /// Caches kept for a run's workers: a worker takes one for its slice of a batch and puts it
    /// back, so that keys made for one batch serve the next ones.
    final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var free: [TokenKeyCache] = []

        func take() -> TokenKeyCache {
            lock.lock()
            defer { lock.unlock() }
            return free.popLast() ?? TokenKeyCache()
        }

        func put(_ cache: TokenKeyCache) {
            lock.lock()
            defer { lock.unlock() }
            free.append(cache)
        }
    }
}
