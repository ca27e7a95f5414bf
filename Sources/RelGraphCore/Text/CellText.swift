/// Escaping of one cell of a delimited table (CSV, TSV), the one helper per format.
///
/// Both formats refuse to let a cell become a spreadsheet formula (OWASP "CSV injection"): a cell
/// starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading apostrophe, except a
/// plain number such as `-0.5`. NUL never reaches the output (it is dropped).
public enum CellText {
    /// A CSV field per RFC 4180: quoted with `"` doubled when it holds a comma, a quote, CR or LF.
    public static func csv(_ text: String) -> String {
        let s = guarded(text)
        guard s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A TSV field (IANA text/tab-separated-values: no quoting exists, so tabs and line breaks —
    /// CR, LF and the other Unicode line breaks — become spaces).
    public static func tsv(_ text: String) -> String {
        let s = guarded(text)
        guard s.unicodeScalars.contains(where: isBreak) else { return s }
        return ScalarEscape.apply(s) { isBreak($0) ? " " : nil }
    }

    /// `text` without NUL, with an apostrophe before a leading formula character.
    static func guarded(_ text: String) -> String {
        let s = OutputText.withoutNUL(text)
        guard let first = s.unicodeScalars.first, formulaStarts.contains(first),
              !NumberText.isPlainDecimal(Substring(s)) else { return s }
        return "'" + s
    }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private static func isBreak(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
