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
            key.withUTF8 { bytes in
                let id = vocabulary.id(bytes) ?? -1
                ids.append(id)
                if Self.mayHaveProclitic(bytes) {
                    CliticVariants.forEachVariant(bytes) { form, removed in
                        if let id = vocabulary.id(form) { forms.append((id, Int32(removed))) }
                    }
                } else if id >= 0 {
                    forms.append((id, 0))
                }
            }
            formStart.append(Int32(forms.count))
        }
    }

    /// True when the key starts with و ف ب ل or ك (D9 88, D9 81, D8 A8, D9 84, D9 83 in UTF-8) and
    /// so may have clitic-stripped forms; other keys have only themselves.
    @inline(__always)
    static func mayHaveProclitic(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count >= 4 else { return false }
        if b[0] == 0xD9 { return b[1] == 0x88 || b[1] == 0x81 || b[1] == 0x84 || b[1] == 0x83 }
        return b[0] == 0xD8 && b[1] == 0xA8
    }

    /// First-token forms of token `i`.
    @inline(__always)
    func firstForms(_ i: Int) -> ArraySlice<(id: Int32, removed: Int32)> { forms[Int(formStart[i])..<Int(formStart[i + 1])] }
}
