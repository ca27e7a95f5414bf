/// Writing knowledge-base YAML safely: strings as double-quoted scalars with every character YAML
/// would read otherwise escaped, and comments that cannot end early. Names come from outside
/// (Wikidata labels) and may hold `:`, `#`, quotes, brackets or line breaks; written this way any
/// text loads back as the same string.
public enum KnowledgeYAML {
    /// `s` as a YAML double-quoted scalar. A JSON string is one (YAML 1.2 reads JSON), so the
    /// project's JSON escaping writes it; the characters JSON leaves raw but YAML does not allow
    /// or reads as a line break (DEL, the C1 controls with NEL, the byte order mark, U+FFFE/U+FFFF)
    /// are then escaped too, so any text loads back as the same string.
    public static func quoted(_ s: String) -> String {
        var json = ""
        JSONValue.escape(s, into: &json)
        guard json.unicodeScalars.contains(where: notPrintable) else { return json }
        var out = ""
        for u in json.unicodeScalars {
            if notPrintable(u) {
                let hex = String(u.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    static func notPrintable(_ u: Unicode.Scalar) -> Bool {
        (0x7F...0x9F).contains(u.value) || u.value == 0xFEFF || u.value == 0xFFFE || u.value == 0xFFFF
    }

    /// `items` as a flow sequence of quoted scalars: `["a", "b"]`.
    public static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }

    /// `text` made safe to follow `# ` on one line: every line break and control character becomes
    /// a space, so the comment cannot spill onto the next line as YAML.
    public static func comment(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { u in
            switch u {
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}", "\u{FEFF}": return " "
            default: return u
            }
        }))
    }
}
