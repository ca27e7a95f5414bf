/// Writing knowledge-base YAML safely: strings as double-quoted scalars with every character YAML
/// would read otherwise escaped, and comments that cannot end early. Names come from outside
/// (Wikidata labels) and may hold `:`, `#`, quotes, brackets or line breaks; written this way any
/// text loads back as the same string.
public enum KnowledgeYAML {
    /// `s` as a YAML double-quoted scalar: `\` and `"` escaped, and every character that is not
    /// printable in YAML 1.2 (C0 and C1 controls, DEL, the line and paragraph separators, the byte
    /// order mark, U+FFFE/U+FFFF) written as an escape, so no line break or tab reaches the file raw.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}":
                let hex = String(u.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
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
