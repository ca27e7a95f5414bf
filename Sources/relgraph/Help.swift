/// Help texts. Every command's `discussion` is built here, so that each ends with an EXAMPLES
/// section in the same layout.
enum Help {
    /// `text` (may be empty), then EXAMPLES with one command per line. Lines are kept under 80
    /// columns so that the help does not re-wrap them.
    static func discussion(_ text: String = "", examples: [String]) -> String {
        let list = "EXAMPLES:\n" + examples.map { "  " + $0 }.joined(separator: "\n")
        return text.isEmpty ? list : text + "\n\n" + list
    }
}
