/// Which names label the nodes.
public enum LabelLanguage: String, Sendable, Hashable, CaseIterable, Codable {
    /// The Arabic display label (`GraphNode.label`).
    case ar
    /// The English name (`GraphNode.name`).
    case en
    /// Arabic on the first line, English on the second.
    case both
}
