/// Escaping for the HTML report. Every piece of text that reaches the page (article sentences,
/// names, file paths, diagnostics) goes through one of these; nothing is pasted raw.
public enum HTML {
    /// Text content and attribute values: `& < > " '` become character references, so the text
    /// can neither open a tag nor leave a quoted attribute; line breaks and white-space controls
    /// (TAB, CR, VT, FF, U+0085, U+2028, U+2029) become a space and other C0/C1 controls U+FFFD,
    /// so the page holds no raw control character.
    public static func escape(_ s: String) -> String {
        ScalarEscape.apply(s) { scalar in
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "'": return "&#39;"
            case "\t", "\r", "\u{B}", "\u{C}", "\u{85}", "\u{2028}", "\u{2029}": return " "
            default:
                return scalar.value < 0x20 && scalar != "\n" || (0x7F...0x9F).contains(scalar.value) ? "\u{FFFD}" : nil
            }
        }
    }

    /// JSON inside `<script type="application/json">`: `<`, `>`, `&` and the line separators
    /// U+2028/U+2029 become `\uXXXX` escapes (valid JSON, same value), so no `</script>` or `<!--`
    /// can end the block early.
    public static func scriptJSON(_ json: String) -> String {
        ScalarEscape.apply(json) { scalar in
            switch scalar {
            case "<", ">", "&", "\u{2028}", "\u{2029}": return "\\u" + hex4(scalar.value)
            default: return nil
            }
        }
    }

    static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }

    /// An element with escaped attributes around already-built inner HTML.
    static func tag(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ inner: String = "") -> String {
        "<\(name)\(attrs(attributes))>\(inner)</\(name)>"
    }

    /// An element around escaped text.
    static func text(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ text: String) -> String {
        tag(name, attributes, escape(text))
    }

    /// ` name="value"` for each attribute with a value (nil values are left out).
    static func attrs(_ attributes: KeyValuePairs<String, String?>) -> String {
        var out = ""
        for (k, v) in attributes { if let v { out += " \(k)=\"\(escape(v))\"" } }
        return out
    }

    /// Arabic text in a left-to-right page: its own direction and language, isolated.
    static func arabic(_ s: String, element: String = "span") -> String {
        text(element, ["dir": "rtl", "lang": "ar"], s)
    }
}
