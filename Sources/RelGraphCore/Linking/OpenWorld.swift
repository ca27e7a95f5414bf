/// Persons the knowledge base does not know, whom the text presents as officials (a title or an
/// honorific beside the name). Each becomes a node of its own: kind person, `known: false`, its id
/// the normalised words of the name joined by `_` (Arabic letters, so never a KB id, which is
/// ASCII), its label the name as first written. The same name in another article is the same node.
public enum OpenWorld {
    /// The id of an open-world person from the normalised keys of the name's words.
    static func id(keys: [String]) -> String { keys.joined(separator: "_") }

    /// The name an id stands for, when nothing better is known (its words, space-separated).
    public static func name(ofId id: String) -> String { id.replacingOccurrences(of: "_", with: " ") }

    /// True for an open-world id (it has letters outside ASCII), false for a KB id.
    public static func isOpenWorld(_ id: String) -> Bool { id.unicodeScalars.contains { !$0.isASCII } }
}
