/// What the exports carry besides the graph: each node's community and centrality (computed by
/// the analysis stage, `NodeAnnotations.compute`) and, for GEXF, the drawing's colours, sizes and
/// positions (from the renderer). Arrays are by node (or edge) index; empty when not computed.
public struct NodeAnnotations: Sendable, Hashable {
    /// The node's layer (`people` or `countries`).
    public var layer: [String] = []
    /// Rank of the node's community in its layer (1 = the largest).
    public var community: [Int] = []
    /// Centrality columns in output order, each with a value per node (nil: not computed, e.g.
    /// PageRank did not converge on that layer).
    public var centrality: [CentralityColumn] = []
    /// The drawing, when there is one.
    public var drawing: Drawing?

    public init() {}

    public struct CentralityColumn: Sendable, Hashable {
        public var name: String
        public var values: [Double?]
        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    /// Colours (`#rrggbb`), sizes and positions as a renderer drew the graph.
    public struct Drawing: Sendable, Hashable {
        public var nodeColors: [String]
        public var nodeSizes: [Double]
        /// Layout positions in points (y up), nil when the graph was not laid out.
        public var positions: [Position]?
        public var edgeColors: [String]

        public init(nodeColors: [String], nodeSizes: [Double], positions: [Position]?, edgeColors: [String]) {
            self.nodeColors = nodeColors
            self.nodeSizes = nodeSizes
            self.positions = positions
            self.edgeColors = edgeColors
        }
    }

    public struct Position: Sendable, Hashable {
        public var x: Double
        public var y: Double
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// Community of node `i` as text, or nil.
    func community(_ i: Int) -> Int? { i < community.count ? community[i] : nil }

    func layer(_ i: Int) -> String? { i < layer.count ? layer[i] : nil }
}

/// The distinct event dates (`YYYY-MM-DD`, ascending) of each interaction edge of a graph, by edge
/// index: when the relation was reported. Other kinds carry no dates.
enum EdgeDates {
    static func of(_ g: RelationGraph) -> [[String]] {
        var byPair: [String: [String]] = [:]
        for e in g.events {
            let key = e.a + "\u{0}" + e.b
            if byPair[key]?.last != e.date { byPair[key, default: []].append(e.date) }
        }
        return g.edges.map { e in
            guard e.kind == .interaction else { return [] }
            let a = g.nodes[e.source].id, b = g.nodes[e.target].id
            let dates = byPair[(a < b ? a : b) + "\u{0}" + (a < b ? b : a)] ?? []
            return dates.sorted()
        }
    }
}
