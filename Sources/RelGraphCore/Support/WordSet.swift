/// A set of normalised words looked up by their UTF-8 bytes (`KeyVocabulary`): a `Set<String>`
/// hashes and compares non-ASCII strings through Unicode normalisation, which showed in profiles of
/// the linker's per-token word tests.
struct WordSet: Sendable {
    private var words = KeyVocabulary()

    init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words { _ = self.words.intern(w) }
    }

    @inline(__always)
    func contains(_ word: String) -> Bool { words.id(word) != nil }
}
