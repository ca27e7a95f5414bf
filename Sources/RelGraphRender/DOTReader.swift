import CGraphviz

/// Reads DOT text with libcgraph, as Graphviz itself will: the check that an exported DOT file is
/// one Graphviz accepts (a raw NUL, an unescaped quote or a stray control character makes
/// `agmemread` fail or read a different graph).
public enum DOTReader {
    /// The node and edge counts of the graph in `text`.
    /// - Throws: `GraphvizError.graphConstructionFailed` (step `agmemread`) with Graphviz's message
    ///   when the text is not DOT Graphviz reads, or when it holds more than one graph.
    public static func counts(of text: String) throws(GraphvizError) -> (nodes: Int, edges: Int) {
        try GraphvizLock.run { (log) throws(GraphvizError) -> (nodes: Int, edges: Int) in
            guard let g = text.withCString({ agmemread($0) }) else {
                throw .graphConstructionFailed(step: "agmemread", message: log.take().message)
            }
            defer { _ = agclose(g) }
            let (message, hadError) = log.take()
            if hadError { throw .graphConstructionFailed(step: "agmemread", message: message) }
            return (Int(agnnodes(g)), Int(agnedges(g)))
        }
    }
}
