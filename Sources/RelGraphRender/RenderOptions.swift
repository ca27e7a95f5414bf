/// How `GraphvizRenderer.render` draws a graph.
public struct RenderOptions: Sendable, Hashable {
    /// Layout engine; `auto` chooses from the node count (`Layout.automatic(nodeCount:)`).
    public var layout: Layout
    /// Output format.
    public var format: OutputFormat
    /// Node label language.
    public var labels: LabelLanguage
    /// Graph title, drawn at the top; nil or empty for none.
    public var title: String?

    public init(layout: Layout = .auto, format: OutputFormat = .svg, labels: LabelLanguage = .ar,
                title: String? = nil) {
        self.layout = layout
        self.format = format
        self.labels = labels
        self.title = title
    }
}
