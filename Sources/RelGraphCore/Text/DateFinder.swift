/// A date found in article text.
public struct FoundDate: Sendable, Hashable {
    public var day: Day
    /// Scalar offsets of the date expression in the original text.
    public var start: Int
    public var end: Int
}

/// A placeholder left where text should be (e.g. «[أدخل التاريخ هنا]», "[insert date]").
public struct Placeholder: Sendable, Hashable {
    public var start: Int
    public var end: Int
}

/// Finds Gregorian dates in Arabic text.
///
/// Recognised forms (after normalisation, clitics on the month name allowed):
/// - `D MONTH YYYY` with the month in the Egyptian/Gulf series (يناير … ديسمبر, يونيه, يوليه), the
///   Levantine series (كانون الثاني, شباط, آذار … كانون الأول) or the Maghrebi series (جانفي, فيفري,
///   أفريل, ماي, جوان, جويلية, أوت); an optional «من» may stand between day and month;
/// - numeric `YYYY-MM-DD`, `YYYY/MM/DD` and `DD/MM/YYYY`.
/// A date immediately followed by «هـ» or «ه» (Hijri) is skipped. Years outside 1900–2100 are skipped.
public enum DateFinder {
    /// Month names by normalised key sequence.
    static let months: [([String], Int)] = {
        let table: [(String, Int)] = [
            ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("ابريل", 4), ("أبريل", 4), ("إبريل", 4), ("مايو", 5),
            ("يونيو", 6), ("يونيه", 6), ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("اغسطس", 8), ("سبتمبر", 9),
            ("أكتوبر", 10), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
            ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6),
            ("تموز", 7), ("آب", 8), ("أيلول", 9), ("تشرين الأول", 10), ("تشرين الثاني", 11), ("كانون الأول", 12),
            ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("ماي", 5), ("جوان", 6), ("جويلية", 7), ("أوت", 8),
        ]
        return table.map { (ArabicNormalizer.normalize($0.0).split(separator: " ").map(String.init), $0.1) }
            .sorted { $0.0.count > $1.0.count }
    }()

    /// All dates in the text, in order of appearance.
    public static func dates(in tokens: [Token]) -> [FoundDate] {
        var found: [FoundDate] = []
        var i = 0
        while i < tokens.count {
            if let (d, next) = match(tokens, at: i) {
                found.append(FoundDate(day: d, start: tokens[i].start, end: tokens[next - 1].end))
                i = next
            } else {
                i += 1
            }
        }
        return found
    }

    /// Placeholders: a bracketed span `[ … ]` of at most 8 tokens that contains «أدخل»/«ادخل»
    /// ("insert"), «insert», «placeholder» or «TODO».
    public static func placeholders(in tokens: [Token]) -> [Placeholder] {
        var found: [Placeholder] = []
        let markers: Set<String> = ["ادخل", "insert", "placeholder", "todo", "xx"]
        var i = 0
        while i < tokens.count {
            if tokens[i].kind == .punct, tokens[i].key == "[" {
                var j = i + 1
                var hit = false
                while j < tokens.count, j - i <= 9, tokens[j].key != "]" {
                    if markers.contains(tokens[j].key) { hit = true }
                    j += 1
                }
                if hit, j < tokens.count, tokens[j].key == "]" {
                    found.append(Placeholder(start: tokens[i].start, end: tokens[j].end))
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return found
    }

    static func match(_ t: [Token], at i: Int) -> (Day, Int)? {
        let tok = t[i]
        guard tok.kind == .number else { return nil }
        // Numeric forms inside one number token (the tokeniser joins digits across `/`).
        if tok.key.contains("/") {
            let parts = tok.key.split(separator: "/").compactMap { Int($0) }
            if parts.count == 3 {
                let d = parts[0] > 31 ? Day(year: parts[0], month: parts[1], day: parts[2])
                                       : Day(year: parts[2], month: parts[1], day: parts[0])
                if let d, (1900...2100).contains(d.year), !hijriFollows(t, i + 1) { return (d, i + 1) }
            }
            return nil
        }
        // ISO with hyphens: tokens 2024 - 04 - 14
        if tok.key.count == 4, let y = Int(tok.key), i + 4 < t.count,
           t[i + 1].key == "-", t[i + 3].key == "-", t[i + 2].kind == .number, t[i + 4].kind == .number,
           t[i + 1].start == tok.end, t[i + 2].start == t[i + 1].end,
           let m = Int(t[i + 2].key), let d = Int(t[i + 4].key), let day = Day(year: y, month: m, day: d),
           (1900...2100).contains(y) {
            return (day, i + 5)
        }
        guard tok.key.count <= 2, let dayNum = Int(tok.key), (1...31).contains(dayNum) else { return nil }
        var j = i + 1
        if j < t.count, t[j].key == "من" { j += 1 }
        for (words, month) in months {
            guard j + words.count < t.count else { continue }
            var ok = true
            for (k, w) in words.enumerated() where !monthWordMatches(t[j + k].key, w, first: k == 0) {
                ok = false
                break
            }
            guard ok else { continue }
            var y = j + words.count
            if t[y].key == "," { y += 1 }
            guard y < t.count, t[y].kind == .number, t[y].key.count == 4, let year = Int(t[y].key),
                  (1900...2100).contains(year), let d = Day(year: year, month: month, day: dayNum),
                  !hijriFollows(t, y + 1) else { return nil }
            return (d, y + 1)
        }
        return nil
    }

    static func monthWordMatches(_ key: String, _ word: String, first: Bool) -> Bool {
        if key == word { return true }
        // "من أكتوبر" written joined or with a clitic: بأكتوبر, لشهر … keep it strict: one proclitic.
        if first, let f = key.unicodeScalars.first, "بلف".unicodeScalars.contains(f) {
            return String(key.unicodeScalars.dropFirst()) == word
        }
        return false
    }

    static func hijriFollows(_ t: [Token], _ j: Int) -> Bool {
        j < t.count && (t[j].key == "ه" || t[j].key == "هـ" || t[j].key == "هجري" || t[j].key == "هجريه")
    }
}
