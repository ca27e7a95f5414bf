/// An article's tokens as key ids of one `PatternIndex` vocabulary, computed once per article: the
/// id of each token (−1 when no pattern uses it), and the ids of its clitic-stripped forms that
/// patterns use (`CliticVariants` order), for the first token of a match.
struct EncodedTokens: Sendable {
    /// Key id of each token, −1 when unknown to the index.
    var ids: [Int32]
    /// Token `i`'s first-token forms are `forms[formStart[i]..<formStart[i + 1]]`.
    var formStart: [Int32]
    var forms: [(id: Int32, removed: Int32)]

    var count: Int { ids.count }

    init(_ tokens: [Token], vocabulary: KeyVocabulary) {
        ids = []
        ids.reserveCapacity(tokens.count)
        formStart = [0]
        formStart.reserveCapacity(tokens.count + 1)
        forms = []
        forms.reserveCapacity(tokens.count)
        for t in tokens {
            var key = t.key
            key.withUTF8 { bytes in
                ids.append(vocabulary.id(bytes) ?? -1)
                CliticVariants.forEachVariant(bytes) { form, removed in
                    if let id = vocabulary.id(form) { forms.append((id, Int32(removed))) }
                }
            }
            formStart.append(Int32(forms.count))
        }
    }

    /// First-token forms of token `i`.
    @inline(__always)
    func firstForms(_ i: Int) -> ArraySlice<(id: Int32, removed: Int32)> { forms[Int(formStart[i])..<Int(formStart[i + 1])] }
}
