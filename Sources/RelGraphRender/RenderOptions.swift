import RelGraphCore

/// Statuses of a diff drawing (see `GraphDiff.union`).
public struct DiffMarks: Sendable, Hashable {
    public var nodes: [String: ChangeStatus]
    public var edges: [EdgeKey: ChangeStatus]
    public init(nodes: [String: ChangeStatus], edges: [EdgeKey: ChangeStatus]) {
        self.nodes = nodes
        self.edges = edges
    }
}

/// What node colours stand for.
public enum NodeColoring: String, Sendable, Hashable, CaseIterable {
    /// One colour family per country (`NodeStyle.family(ofCountry:)`).
    case country
    /// The node's Louvain community in its layer (`CommunityReport`, seed 0): the palette's colours
    /// by community rank (largest first: blue, green, red, …), grey beyond the palette; a light
    /// tint for people and organisations, the strong shade for countries.
    case community
}

/// How `GraphvizRenderer.render` draws a graph.
public struct RenderOptions: Sendable, Hashable {
    /// Layout engine; `auto` chooses from the node and edge counts (`Layout.automatic(nodeCount:edgeCount:)`).
    public var layout: Layout
    /// Output format.
    public var format: OutputFormat
    /// Node label language.
    public var labels: LabelLanguage
    /// Graph title, drawn at the top; nil or empty for none.
    public var title: String?
    /// Node size (and label size) grows with this measure; nil for uniform nodes.
    public var sizeBy: NodeMeasure?
    /// A link for every node: `{id}`, `{name}` and `{label}` are replaced by the node's values,
    /// percent-encoded (e.g. `https://example.org/entity/{id}`).
    public var nodeURL: String?
    /// A legend below the graph (SVG, PNG and PDF; not DOT).
    public var legend: Bool
    /// How many evidence sentences a tooltip lists.
    public var tooltipEvidence: Int
    /// Draw a diff: the status of nodes (by id) and edges (by `source|target|kind`).
    public var diff: DiffMarks?
    /// What node colours say: the country (default) or the Louvain community.
    public var colorBy: NodeColoring = .country

    public init(layout: Layout = .auto, format: OutputFormat = .svg, labels: LabelLanguage = .ar,
                title: String? = nil, sizeBy: NodeMeasure? = nil, nodeURL: String? = nil, legend: Bool = false,
                tooltipEvidence: Int = 5) {
        self.layout = layout
        self.format = format
        self.labels = labels
        self.title = title
        self.sizeBy = sizeBy
        self.nodeURL = nodeURL
        self.legend = legend
        self.tooltipEvidence = tooltipEvidence
    }
}
