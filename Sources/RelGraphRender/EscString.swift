import RelGraphCore

/// Escaping of user text for Graphviz attribute values.
///
/// Attribute values are handed to cgraph as C strings (never as DOT text), so DOT quoting is not
/// an issue; but Graphviz interprets the *values*:
/// - `label` is an escString: `\N`, `\G`, `\n`, `\l`, `\r`, … are expanded and other backslashes
///   dropped. Doubling every backslash keeps user text literal.
/// - Plain labels also go through an HTML-entity decoder (`&amp;` becomes `&`), so `&` is written
///   as `&amp;` to keep text such as `R&amp;D` literal.
/// - `tooltip` strips one more level of backslashes than `label`: each backslash is quadrupled.
/// - A literal line break in a name becomes a space (a name is one line), and characters XML 1.0
///   forbids (`OutputText.isXMLForbidden`: NUL would end the C string, others make the SVG not
///   well-formed) are dropped. Every user text reaches Graphviz through this type.
enum EscString {
    /// `text` as a plain (non-HTML) `label` value that displays exactly `text` on one line.
    static func label(_ text: String) -> String {
        escape(text, backslash: #"\\"#)
    }

    /// Several lines, each displayed literally, joined with escString's centred line break `\n`.
    static func label(lines: [String]) -> String {
        lines.map(label).joined(separator: #"\n"#)
    }

    /// `text` as a `tooltip` value that displays exactly `text`.
    static func tooltip(_ text: String) -> String {
        escape(text, backslash: #"\\\\"#)
    }

    /// Several lines, each literal, joined with escString's line break (shown as a line break in
    /// browsers' tooltips: Graphviz writes it as `&#10;`).
    static func tooltip(lines: [String]) -> String {
        lines.map(tooltip).joined(separator: #"\n"#)
    }

    /// A value that Graphviz writes as it is (an SVG `class`): only cleaned of what XML forbids.
    static func plain(_ text: String) -> String { OutputText.xmlSafe(text) }

    /// A `URL` value: Graphviz 2.42 writes `URL` into SVG without escaping `&`, so it is escaped
    /// here (`&amp;`); NUL and line breaks are dropped.
    static func url(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars where !OutputText.isXMLForbidden(s) && s != "\n" && s != "\r" {
            if s == "&" { out += "&amp;" } else { out.unicodeScalars.append(s) }
        }
        return out
    }

    private static func escape(_ text: String, backslash: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isNewline {
                out.append(" ")
                continue
            }
            for scalar in character.unicodeScalars {
                switch scalar {
                case "\\": out.append(backslash)
                case "&": out.append("&amp;")
                default: if !OutputText.isXMLForbidden(scalar) { out.unicodeScalars.append(scalar) }
                }
            }
        }
        return out
    }
}
