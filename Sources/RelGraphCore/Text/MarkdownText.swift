/// Escaping of user text (names, ids, labels) for Markdown, the one helper for that format.
///
/// Markdown passes raw HTML through, so `<`, `>`, `&` and `"` become entities (a name such as
/// `<script>` is shown, never run); `|` is escaped so a name cannot add a table column, `\` so it
/// cannot escape what follows; line breaks become spaces (one name, one line) and NUL is dropped.
public enum MarkdownText {
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { special.contains($0) }) else { return text }
        return ScalarEscape.apply(text) { u in
            switch u {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "|": "\\|"
            case "\\": "\\\\"
            case "\0": ""
            default: special.contains(u) ? " " : nil   // line breaks
            }
        }
    }

    private static let special: Set<Unicode.Scalar> = ["&", "<", ">", "\"", "|", "\\", "\0", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
}
