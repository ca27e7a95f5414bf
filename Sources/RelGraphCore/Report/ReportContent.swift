/// Everything the HTML report shows, computed beforehand (the page itself does no analysis).
///
/// Built by the `report` command: the graph and its drawing, the centrality report, the diff of
/// two batches when given, the unresolved mentions with knowledge-base stubs, and the run's
/// diagnostics. `ReportPage.html(_:)` turns it into one self-contained page.
public struct ReportContent: Sendable {
    /// An SVG drawing and the `id` attributes of its elements.
    public struct Drawing: Sendable {
        /// The SVG document as Graphviz wrote it (the XML prolog and doctype are dropped when inlined).
        public var svg: String
        /// Graph node id → SVG element id.
        public var nodeElements: [String: String]
        /// Edge key `source|target|kind` (node ids in the graph's edge order) → SVG element id.
        public var edgeElements: [EdgeKey: String]

        public init(svg: String, nodeElements: [String: String], edgeElements: [EdgeKey: String]) {
            self.svg = svg
            self.nodeElements = nodeElements
            self.edgeElements = edgeElements
        }
    }

    /// The comparison of two batches.
    public struct DiffPart: Sendable {
        public var diff: GraphDiff
        /// The union graph drawn with change marks (`GraphDiff.union`).
        public var drawing: Drawing?
        /// How each side was chosen, e.g. «before 2021-01-01» or a list of paths.
        public var beforeLabel: String
        public var afterLabel: String
        /// Said above the drawing (e.g. how it was narrowed).
        public var notes: [String] = []

        public init(diff: GraphDiff, drawing: Drawing?, beforeLabel: String, afterLabel: String) {
            self.diff = diff
            self.drawing = drawing
            self.beforeLabel = beforeLabel
            self.afterLabel = afterLabel
        }
    }

    public var title: String
    /// Date for undated articles (shown in the summary).
    public var asOf: Day
    public var inputs: [String]
    public var articlesRead: Int
    public var filesRead: Int
    public var graph: RelationGraph
    public var drawing: Drawing?
    /// The part of `graph` that is drawn, when the drawing is narrowed (nil: all of it). The
    /// script's data (hover evidence, ego networks) covers the drawn part only.
    public var drawnGraph: RelationGraph?
    public var centrality: CentralityReport?
    /// Why the centrality table is missing or incomplete.
    public var centralityNotes: [String] = []
    /// Said above the drawing (e.g. how it was narrowed).
    public var graphNotes: [String] = []
    public var diff: DiffPart?
    public var unresolved: [UnresolvedMention] = []
    /// `KnowledgeSuggest.yaml` of the unresolved titled persons (nil: nothing to suggest).
    public var stubsYAML: String?
    public var stubCount = 0
    public var diagnostics: [Diagnostic] = []
    /// Input problems (warnings and errors), listed or not (the run keeps only the first ones);
    /// nil: those of `diagnostics`.
    public var problemCount: Int?
    /// Country id → English name, for persons whose country has no node in the graph.
    public var countryNames: [String: String] = [:]
    /// Colours of communities by rank (1 = the largest first), the last one for nodes beyond them:
    /// `[light, strong, outline]` (fills of people/organisations, of countries, outline), as the
    /// renderer draws `--color-by community`. Empty: the page offers no colouring by community.
    public var communityColors: [[String]] = []
    /// The Louvain communities of `graph` (`CommunityReport` with its default options), when the
    /// caller has them already (the centrality table's column reads the same); nil: found for the page.
    public var communities: CommunityReport?
    /// E.g. «relgraph · Graphviz 2.43.0», printed in the footer.
    public var generator = "relgraph"
    /// Evidence sentences per edge carried into the page (the rest are counted).
    public var evidencePerEdge = 8
    /// Rows shown per table (centrality, relations, unresolved); the rest are counted.
    public var maxRows = 1000
    /// How the page tells the reader to change a setting: plain words by default; a command line
    /// puts its options here.
    public var settings = Settings()

    public struct Settings: Sendable {
        /// Completes «… then pass it …» (the knowledge-base stubs).
        public var passKnowledgeBase = "as a knowledge-base overlay"
        /// In parentheses after «Showing the first N of M rows».
        public var maxRows = "a higher row limit shows more"
        public init() {}
    }

    public init(title: String, asOf: Day, inputs: [String], articlesRead: Int, filesRead: Int, graph: RelationGraph) {
        self.title = title
        self.asOf = asOf
        self.inputs = inputs
        self.articlesRead = articlesRead
        self.filesRead = filesRead
        self.graph = graph
    }
}
