/// An article's tokens as key ids of one `PatternIndex` vocabulary, computed once per article: the
/// id of each token (−1 when no pattern uses it), and the ids of its clitic-stripped forms that
/// patterns use (`CliticVariants` order), for the first token of a match.
struct EncodedTokens: Sendable {
    /// Key id of each token, −1 when unknown to the index.
    var ids: [Int32]
    /// Token `i`'s first-token forms are `forms[formStart[i]..<formStart[i + 1]]`.
    var formStart: [Int32]
    var forms: [(id: Int32, removed: Int32)]
    /// The vocabulary's fingerprint (the ids are valid for indices with the same one).
    var fingerprint: UInt64

    var count: Int { ids.count }

    init(_ tokens: [Token], vocabulary: KeyVocabulary) {
        ids = []
        ids.reserveCapacity(tokens.count)
        formStart = [0]
        formStart.reserveCapacity(tokens.count + 1)
        forms = []
        forms.reserveCapacity(tokens.count)
        fingerprint = vocabulary.fingerprint
        for t in tokens {
            var key = t.key
            ids.append(key.withUTF8 { Self.encode($0, vocabulary: vocabulary, forms: &forms) })
            formStart.append(Int32(forms.count))
        }
    }

    /// The tokens an article's `Tokenizer` pass gave through `cache` (`TokenKeyCache.trail`), each
    /// distinct key encoded once per cache.
    init(cache: inout TokenKeyCache, vocabulary: KeyVocabulary) {
        let n = cache.trail.count
        ids = []
        ids.reserveCapacity(n)
        formStart = [0]
        formStart.reserveCapacity(n + 1)
        forms = []
        forms.reserveCapacity(n)
        fingerprint = vocabulary.fingerprint
        cache.encodeTrail(vocabulary: vocabulary, ids: &ids, formStart: &formStart, forms: &forms)
    }

    /// The id of the key with these bytes (−1 when unknown), its first-token forms appended to
    /// `forms`.
    static func encode(_ bytes: UnsafeBufferPointer<UInt8>, vocabulary: KeyVocabulary, forms: inout [(id: Int32, removed: Int32)]) -> Int32 {
        let id = vocabulary.id(bytes) ?? -1
        if Self.mayHaveProclitic(bytes) {
            CliticVariants.forEachVariant(bytes) { form, removed in
                if let id = vocabulary.id(form) { forms.append((id, Int32(removed))) }
            }
        } else if id >= 0 {
            forms.append((id, 0))
        }
        return id
    }

    /// True when the key starts with و ف ب ل or ك (D9 88, D9 81, D8 A8, D9 84, D9 83 in UTF-8) and
    /// so may have clitic-stripped forms; other keys have only themselves.
    @inline(__always)
    static func mayHaveProclitic(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count >= 4 else { return false }
        if b[0] == 0xD9 { return b[1] == 0x88 || b[1] == 0x81 || b[1] == 0x84 || b[1] == 0x83 }
        return b[0] == 0xD8 && b[1] == 0xA8
    }
}
