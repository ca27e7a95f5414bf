import Foundation

/// Token keys (and the linker's mention surfaces, `text`) already made, found by their UTF-8 bytes:
/// a word seen before gets the same `String` back, and its encoding for the linker's vocabulary (`EncodedTokens`) made once. Making a
/// `String` from bytes validates them (about 300 instructions for a short word); finding it here
/// costs a hash of the finished key (a few word loads) and one probe. One cache serves one thread (a worker
/// takes one from the run's `Pool` for its slice of a batch); it holds about `limit` keys and
/// starts afresh between articles once past it, so memory stays bounded whatever the corpus.
struct TokenKeyCache {
    private var bytes: [UInt8] = []
    private var hashes: [UInt64] = []
    /// Where each key's bytes are in `bytes`.
    private var spans: [ByteSpan] = []
    private var keys: [String] = []
    private var index = SlotIndex(size: 64)
    let limit: Int
    /// The entry of each key asked for since `beginArticle`, in order.
    private(set) var trail: [Int32] = []
    /// Each entry's encoding for a `KeyVocabulary` (`EncodedTokens.encode`): its id, and its
    /// forms `forms[formStart..<formEnd]` (formStart −1: not encoded yet).
    private var encodedId: [Int32] = []
    private var formStart: [Int32] = []
    private var formEnd: [Int32] = []
    private var forms: [(id: Int32, removed: Int32)] = []
    private var fingerprint: UInt64?

    init(limit: Int = 1 << 16) { self.limit = limit }

    /// Keys held.
    var count: Int { keys.count }

    /// The key with these bytes (valid UTF-8) and this `hash` (`ByteHash.hash`, or any
    /// function of the bytes used for every call), added to the trail.
    mutating func key(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> String {
        let i = entry(b, hash: h)
        trail.append(Int32(i))
        return keys[i]
    }

    /// A string of an article's text with these bytes (valid UTF-8), not added to the trail: the
    /// linker's mention surfaces, which repeat across articles as token keys do, are made once
    /// and shared.
    mutating func text(_ b: UnsafeBufferPointer<UInt8>) -> String { keys[entry(b, hash: ByteHash.hash(b))] }

    /// The entry of the string with these bytes and `hash`, made when new.
    @inline(__always)
    private mutating func entry(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int {
        let n = b.count
        let (found, slot) = bytes.withUnsafeBufferPointer { arena in
            hashes.withUnsafeBufferPointer { hs in
                spans.withUnsafeBufferPointer { sp in
                    index.find(Int(truncatingIfNeeded: h)) { i in
                        hs[i] == h && sp[i].length == n
                            && (n == 0 || memcmp(arena.baseAddress! + sp[i].offset, b.baseAddress!, n) == 0)
                    }
                }
            }
        }
        if let i = found { return i }
        let key = String(decoding: b, as: UTF8.self)
        hashes.append(h)
        spans.append(ByteSpan(offset: bytes.count, length: n))
        keys.append(key)
        encodedId.append(-1)
        formStart.append(-1)
        formEnd.append(-1)
        bytes.append(contentsOf: b)
        index.insert(keys.count - 1, at: slot, count: keys.count) { Int(truncatingIfNeeded: hashes[$0]) }
        return keys.count - 1
    }

    /// Starts an article: the trail is emptied, and a cache past its limit starts afresh (only
    /// here, so that the entries of an article's trail stay valid).
    mutating func beginArticle() {
        if keys.count >= limit || bytes.count >= 1 << 30 { self = TokenKeyCache(limit: limit) }
        trail.removeAll(keepingCapacity: true)
    }

    /// Encodings are for `vocabulary` from now on (those made for another one are dropped).
    private mutating func use(_ vocabulary: KeyVocabulary) {
        guard fingerprint != vocabulary.fingerprint else { return }
        fingerprint = vocabulary.fingerprint
        for k in formStart.indices { formStart[k] = -1 }
        forms = []
    }

    /// Encodes entry `i` with the vocabulary in `use` (`EncodedTokens.encode`).
    private mutating func encode(_ i: Int, vocabulary: KeyVocabulary) {
        let span = spans[i]
        formStart[i] = Int32(forms.count)
        encodedId[i] = bytes.withUnsafeBufferPointer { arena in
            EncodedTokens.encode(UnsafeBufferPointer(rebasing: arena[span.range]),
                                 vocabulary: vocabulary, forms: &forms)
        }
        formEnd[i] = Int32(forms.count)
    }

    /// Appends the encoding of each key of the trail (see `EncodedTokens`): its id to `ids`, its
    /// first-token forms to `forms`, and where they end to `formStart`. Keys are encoded once.
    mutating func encodeTrail(vocabulary: KeyVocabulary, ids: inout [Int32], formStart starts: inout [Int32],
                              forms out: inout [(id: Int32, removed: Int32)]) {
        use(vocabulary)
        for i in trail where formStart[Int(i)] < 0 { encode(Int(i), vocabulary: vocabulary) }
        // Written into arrays made at their final size (no uniqueness or capacity check per
        // element, as `append` makes).
        var total = 0
        for i in trail { total += Int(formEnd[Int(i)] - formStart[Int(i)]) }
        let idStart = ids.count, startAt = starts.count
        var written = out.count
        out.append(contentsOf: repeatElement((id: Int32(0), removed: Int32(0)), count: total))
        ids.append(contentsOf: repeatElement(Int32(0), count: trail.count))
        starts.append(contentsOf: repeatElement(Int32(0), count: trail.count))
        out.withUnsafeMutableBufferPointer { o in
            ids.withUnsafeMutableBufferPointer { d in
                starts.withUnsafeMutableBufferPointer { st in
                    for (k, i) in trail.enumerated() {
                        let i = Int(i)
                        d[idStart + k] = encodedId[i]
                        for j in Int(formStart[i])..<Int(formEnd[i]) {
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
