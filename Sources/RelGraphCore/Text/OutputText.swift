/// Characters that must not reach an output as they are, and the cleaning every writer shares.
///
/// - XML 1.0 forbids C0 controls other than tab, line feed and carriage return, and U+FFFE/U+FFFF
///   (lone surrogates cannot occur in a Swift `String`). One such character makes an SVG, GraphML or
///   GEXF file not well-formed, so every text reaching XML or Graphviz is cleaned of them.
/// - Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) in a name reverse
///   or reorder the rest of a table cell, a tooltip or a line. The policy is to **strip** them from
///   names where names enter (the knowledge base and graph nodes, hence every output): names are
///   plain text and never need them; Arabic and English still display correctly by the Unicode
///   bidi algorithm alone.
public enum OutputText {
    /// True for a scalar XML 1.0 does not allow in a document.
    @inline(__always)
    public static func isXMLForbidden(_ u: Unicode.Scalar) -> Bool {
        (u.value < 0x20 && u != "\t" && u != "\n" && u != "\r") || u.value == 0xFFFE || u.value == 0xFFFF
    }

    /// True for a bidi embedding, override or isolate control.
    @inline(__always)
    public static func isBidiControl(_ u: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
    }

    /// `text` without the scalars XML 1.0 forbids.
    public static func xmlSafe(_ text: String) -> String {
        removing(text, where: isXMLForbidden)
    }

    /// `text` without NUL, which no text output (CSV, TSV, Markdown, a table, DOT) may hold.
    public static func withoutNUL(_ text: String) -> String {
        removing(text) { $0 == "\0" }
    }

    /// A name as every output shows it: without bidi controls and without NUL.
    public static func displayName(_ name: String) -> String {
        removing(name) { isBidiControl($0) || $0 == "\0" }
    }

    /// `text` without the scalars `drop` selects (the same string when there is none).
    public static func removing(_ text: String, where drop: (Unicode.Scalar) -> Bool) -> String {
        guard text.unicodeScalars.contains(where: drop) else { return text }
        return ScalarEscape.apply(text) { drop($0) ? "" : nil }
    }
}
