/// Forms of a word with Arabic proclitics removed, tried when a word does not match as written.
///
/// Proclitics: the conjunctions و ف, then the prepositions ب ل ك (وب، فل، وك …); «لل» is ل + ال
/// (للرئيس → الرئيس). Each variant keeps at least two letters. The unstripped word comes first and
/// is preferred on equal match length; the article «ال» is *not* stripped here: patterns are written
/// with or without it as the press writes them (nisba forms are generated both ways).
enum CliticVariants {
    /// (form, number of letters removed), unstripped first.
    static func variants(of key: String) -> [(String, Int)] {
        let s = Array(key.unicodeScalars)
        var out: [(String, Int)] = [(key, 0)]
        guard s.count >= 3, isArabicLetter(s[0]) else { return out }
        func add(_ rest: ArraySlice<Unicode.Scalar>, _ removed: Int, prefix: String = "") {
            guard rest.count + prefix.unicodeScalars.count >= 2 else { return }
            var v = String.UnicodeScalarView()
            v.append(contentsOf: prefix.unicodeScalars)
            v.append(contentsOf: rest)
            out.append((String(v), removed))
        }
        func prepositions(_ from: Int, _ removedBefore: Int) {
            guard from < s.count, "بلك".unicodeScalars.contains(s[from]) else { return }
            if s[from] == "ل", from + 1 < s.count, s[from + 1] == "ل" {
                add(s[(from + 2)...], removedBefore + 1, prefix: "ال")
            }
            add(s[(from + 1)...], removedBefore + 1)
        }
        if s[0] == "و" || s[0] == "ف" {
            add(s[1...], 1)
            prepositions(1, 1)
        }
        prepositions(0, 0)
        return out
    }

    @inline(__always)
    static func isArabicLetter(_ s: Unicode.Scalar) -> Bool { (0x0621...0x064A).contains(s.value) }
}
