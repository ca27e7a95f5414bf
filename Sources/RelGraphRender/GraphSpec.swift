import RelGraphCore

/// One attribute assignment for cgraph.
struct Attribute: Equatable {
    var name: String
    var value: String
    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// Everything Graphviz is told about one graph, computed in pure Swift before the Graphviz lock is
/// taken: attribute names and values (already escaped for Graphviz), in a fixed order.
///
/// Decisions:
/// - The cgraph graph is always **directed**; co-mention edges carry `dir=none` (drawn without
///   arrowheads), affiliation edges `dir=forward`. One graph type whatever the edge mix.
/// - Nodes are named by their `RelationGraph` id and added in sorted id order; edges in the graph's
///   sorted order. Each gets an explicit SVG `id` and `class`.
/// - `label` defaults to `\N` on nodes (Graphviz may otherwise draw blank nodes), and every node
///   sets its own escaped label.
struct GraphSpec {
    struct Node {
        var name: String
        var attributes: [Attribute]
        /// Internal test seam: an HTML-like label (set with `agstrdup_html`) replacing `label`.
        var htmlLabel: String?
    }

    struct Edge {
        var tail: Int
        var head: Int
        var attributes: [Attribute]
    }

    static let fontName = "DejaVu Sans"

    /// Largest node count for which the non-`dot` engines route edges as splines around nodes
    /// (`splines=true`); above it edges are straight lines (`splines=line`). Routing after overlap
    /// removal grows about cubically here: 0.2 s at 30 nodes, 1.2 s at 60, 5 s at 100 (neato).
    static let routedSplineNodeLimit = 40

    var graphAttributes: [Attribute]
    /// An HTML-like graph label (set with `agstrdup_html`) replacing the title's plain `label`:
    /// the legend of PNG and PDF drawings (`Legend.html`).
    var graphHTMLLabel: String?
    var nodeDefaults: [Attribute]
    var edgeDefaults: [Attribute]
    var nodes: [Node]
    var edges: [Edge]

    /// - Parameters:
    ///   - engine: the resolved layout engine name (picks `overlap`/`splines`).
    ///   - htmlLabels: node id → HTML-like label text (tests only).
    init(graph: RelationGraph, labels: LabelLanguage, title: String?, engine: String,
         htmlLabels: [String: String] = [:], options: RenderOptions = RenderOptions()) {
        let nodeCount = graph.nodes.count

        var g: [Attribute] = [
            Attribute("fontname", Self.fontName),
            Attribute("bgcolor", "white"),
            Attribute("pad", "0.3"),
            Attribute("outputorder", "edgesfirst"),
        ]
        switch engine {
        case "dot":
            g.append(Attribute("splines", "true"))
            g.append(Attribute("nodesep", "0.3"))
            g.append(Attribute("ranksep", "0.6"))
        case "circo":
            g.append(Attribute("splines", nodeCount <= Self.routedSplineNodeLimit ? "true" : "line"))
        default:  // neato, fdp, sfdp and anything else: force-directed, with overlap removal
            g.append(Attribute("overlap", "prism"))
            g.append(Attribute("sep", "+8"))
            g.append(Attribute("splines", nodeCount <= Self.routedSplineNodeLimit ? "true" : "line"))
        }
        if let title, !title.isEmpty {
            g.append(Attribute("label", EscString.label(title)))
            g.append(Attribute("labelloc", "t"))
            g.append(Attribute("fontsize", "20"))
        }
        graphAttributes = g

        nodeDefaults = [
            Attribute("label", #"\N"#),
            Attribute("fontname", Self.fontName),
            Attribute("fontsize", "14"),
            Attribute("shape", "ellipse"),
            Attribute("style", ""),
            Attribute("fillcolor", ""),
            Attribute("color", "black"),
            Attribute("penwidth", "1"),
            Attribute("tooltip", ""),
            Attribute("id", ""),
            Attribute("class", ""),
        ]
        edgeDefaults = [
            Attribute("fontname", Self.fontName),
            Attribute("dir", "none"),
            Attribute("style", ""),
            Attribute("color", "black"),
            Attribute("penwidth", "1"),
            Attribute("weight", "1"),
            Attribute("arrowhead", "normal"),
            Attribute("arrowsize", "1"),
            Attribute("tooltip", ""),
            Attribute("id", ""),
            Attribute("class", ""),
        ]

        let safeIds = SVGIdentifiers.nodeIds(graph.nodes)
        let (families, byNode) = NodeStyle.families(for: graph, coloring: options.colorBy)
        let countryNames = Dictionary(
            graph.nodes.filter { $0.kind == .country }.map { ($0.id, $0.name) },
            uniquingKeysWith: { a, _ in a })

        let evidence = TooltipEvidence(graph: graph, limit: options.tooltipEvidence)
        let sizes = NodeSizing(graph: graph, measure: options.sizeBy)
        nodes = graph.nodes.enumerated().map { i, node in
            let style = NodeStyle.of(node, families: families, family: byNode?[i])
            var extra: [Attribute] = sizes.attributes(i)
            if let marks = options.diff { extra += DiffStyle.node(marks.nodes[node.id] ?? .unchanged, node) }
            if let template = options.nodeURL {
                extra += [Attribute("URL", EscString.url(NodeURL.expand(template, node))), Attribute("target", "_blank")]
            }
            return Node(
                // The safe id: unique and XML-clean, as Graphviz writes it into `<title>`.
                name: safeIds[i],
                attributes: [
                    Attribute("id", SVGIdentifiers.node(safeIds[i])),
                    Attribute("class", node.kind.rawValue),
                    Attribute("label", Self.label(node, labels)),
                    Attribute("shape", style.shape),
                    Attribute("style", style.style),
                    Attribute("fillcolor", style.fillColor),
                    Attribute("color", style.color),
                    Attribute("penwidth", style.penWidth),
                    Attribute("tooltip", EscString.tooltip(lines: [Self.tooltip(node, countryNames: countryNames)] + evidence.node(i))),
                ] + extra,
                htmlLabel: htmlLabels[node.id])
        }

        edges = graph.edges.map { edge in
            let a = graph.nodes[edge.source], b = graph.nodes[edge.target]
            var attributes = [
                Attribute("id", SVGIdentifiers.edge(source: safeIds[edge.source], target: safeIds[edge.target],
                                                    kind: edge.kind)),
                Attribute("class", EscString.plain(edge.kind == .interaction
                          ? ([edge.kind.rawValue] + edge.types.map(\.type) + [edge.polarity.rawValue]).joined(separator: " ")
                          : edge.kind.rawValue)),
                Attribute("dir", EdgeStyle.dir(edge.direction)),
            ]
            switch edge.kind {
            case .interaction:
                attributes += [
                    Attribute("color", EdgeStyle.color(edge.polarity)),
                    Attribute("penwidth", EdgeStyle.penWidth(weight: edge.weight)),
                    Attribute("weight", EdgeStyle.layoutWeight(edge.weight)),
                    Attribute("arrowsize", "0.7"),
                ]
            case .coMention:
                attributes += [
                    Attribute("style", "dotted"),
                    Attribute("color", "#9e9e9e"),
                    Attribute("penwidth", "1"),
                    Attribute("weight", "1"),
                ]
            case .affiliation:
                attributes += [
                    Attribute("style", "dashed"),
                    Attribute("color", "#9e9e9e"),
                    Attribute("penwidth", "1"),
                    Attribute("weight", EdgeStyle.layoutWeight(edge.weight)),
                    Attribute("arrowhead", "normal"),
                    Attribute("arrowsize", "0.8"),
                ]
            }
            if let marks = options.diff, edge.kind != .affiliation {
                let status = marks.edges[EdgeKey(source: a.id, target: b.id, kind: edge.kind)] ?? .unchanged
                attributes += DiffStyle.edge(status, edge)
            }
            var tip = "\(Self.oneLine(a.name)) – \(Self.oneLine(b.name)): weight \(EdgeStyle.display(edge.weight))"
            if edge.kind == .interaction {
                tip += " (" + edge.types.map { "\($0.type) ×\($0.count)" }.joined(separator: ", ") + "; \(edge.polarity.rawValue))"
            }
            attributes.append(Attribute("tooltip", EscString.tooltip(lines: [tip] + evidence.edge(edge))))
            return Edge(tail: edge.source, head: edge.target, attributes: attributes)
        }
    }

    /// The legend (and title) as the graph's HTML-like label: at the top when there is a title,
    /// else at the bottom.
    mutating func setLegendLabel(_ html: String) {
        let titled = graphAttributes.contains { $0.name == "labelloc" }
        graphAttributes.removeAll { $0.name == "label" || $0.name == "labelloc" }
        graphAttributes.append(Attribute("labelloc", titled ? "t" : "b"))
        graphHTMLLabel = html
    }

    /// The escaped `label` of a node in `language`. An empty name falls back to the other
    /// language, then to the id.
    static func label(_ node: GraphNode, _ language: LabelLanguage) -> String {
        let ar = node.label.isEmpty ? (node.name.isEmpty ? node.id : node.name) : node.label
        let en = node.name.isEmpty ? (node.label.isEmpty ? node.id : node.label) : node.name
        switch language {
        case .ar: return EscString.label(ar)
        case .en: return EscString.label(en)
        case .both: return ar == en ? EscString.label(ar) : EscString.label(lines: [ar, en])
        }
    }

    /// Unescaped node tooltip: `English · Arabic · Country` (country omitted when unknown; a
    /// country node shows its ISO code; an open-world person adds «not in the knowledge base»).
    static func tooltip(_ node: GraphNode, countryNames: [String: String]) -> String {
        var parts = [oneLine(node.name), oneLine(node.label)].filter { !$0.isEmpty }
        switch node.kind {
        case .country:
            parts.append(node.id)
        case .person, .organisation:
            if let country = node.country { parts.append(countryNames[country].map(oneLine) ?? country) }
        }
        if !node.known { parts.append("not in the knowledge base") }
        return parts.joined(separator: " · ")
    }

    /// Line breaks replaced by spaces.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
