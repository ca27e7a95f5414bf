/// Text shown on a terminal (stderr lines, tables, TSV): every C0 and C1 control character (ESC,
/// CR, LF, TAB, NUL…) and every other line break Unicode knows (U+2028, U+2029; U+0085 is C1) is
/// written as a visible `\u{…}` escape, so that no file name, KB name or article text can move the
/// cursor, retitle or clear the terminal, split a table row or forge a line of output.
public enum TerminalText {
    /// `s` with the characters of `isUnsafe` escaped as `\u{HEX}`; `s` itself when there are none.
    public static func escape(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isUnsafe) else { return s }
        return ScalarEscape.apply(s) { u in isUnsafe(u) ? "\\u{\(String(u.value, radix: 16, uppercase: true))}" : nil }
    }

    /// True for C0 controls, DEL, C1 controls and the Unicode line and paragraph separators.
    public static func isUnsafe(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029
    }
}
