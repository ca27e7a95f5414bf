import RelGraphCore

/// The evidence lines of tooltips: for an interaction edge, its events (date, type, direction and
/// the sentence); for a node, the events it takes part in. At most `limit` lines, then «… N more».
/// Each line ends with the article behind it: its title (or id), outlet and url; a date that is the
/// run's `--as-of` day is marked «(assumed)».
struct TooltipEvidence {
    let graph: RelationGraph
    let limit: Int
    private let byPair: [String: [InteractionEvent]]
    private var byNode: [String: [InteractionEvent]] = [:]

    /// Longest sentence shown, in characters.
    static let sentenceLimit = 160

    init(graph: RelationGraph, limit: Int) {
        self.graph = graph
        self.limit = limit
        byPair = graph.eventsByPair()
        for e in graph.events {
            if e.via.isEmpty {
                byNode[e.a, default: []].append(e)
                byNode[e.b, default: []].append(e)
            }
        }
    }

    func edge(_ edge: GraphEdge) -> [String] {
        guard edge.kind == .interaction, limit > 0 else { return [] }
        let a = graph.nodes[edge.source].id, b = graph.nodes[edge.target].id
        let events = byPair[RelationGraph.pairKey(a, b)] ?? []
        return lines(events, describe: { e, date in "\(date) \(e.type)\(arrow(e)):" })
    }

    func node(_ i: Int) -> [String] {
        guard limit > 0 else { return [] }
        let id = graph.nodes[i].id
        return lines(byNode[id] ?? [], describe: { e, date in
            let other = e.a == id ? e.b : e.a
            return "\(date) \(e.type) – \(graph.node(other)?.name ?? other):"
        })
    }

    private func lines(_ events: [InteractionEvent], describe: (InteractionEvent, String) -> String) -> [String] {
        var out: [String] = []
        var total = 0
        // Newest first; within a date, by type name.
        for e in events.sorted(by: { ($0.date, $1.type) > ($1.date, $0.type) }) {
            for ev in e.evidence {
                total += 1
                guard out.count < limit else { continue }
                let info = graph.article(ev.article)
                let date = e.date + (info?.dateAssumed == true ? " (assumed)" : "")
                out.append("\(describe(e, date)) «\(Self.clip(ev.text))» [\(Self.source(info, id: ev.article))]")
            }
        }
        if total > out.count { out.append("… \(total - out.count) more") }
        return out
    }

    private func arrow(_ e: InteractionEvent) -> String {
        let arrow = graph.arrow(e)
        return arrow.isEmpty ? "" : " " + arrow
    }

    /// The article of a line: title (or id), outlet, url.
    static func source(_ info: ArticleInfo?, id: String) -> String {
        ([info?.title ?? id] + [info?.outlet, info?.url].compactMap { $0 }).map(clip).joined(separator: " · ")
    }

    static func clip(_ s: String) -> String {
        s.count <= sentenceLimit ? s : String(s.prefix(sentenceLimit - 1)) + "…"
    }
}

/// Node size by a centrality measure: width, height and font size grow linearly with the node's
/// score divided by the largest score (labels always fit: Graphviz widens a node for its label).
struct NodeSizing {
    private let scaled: [Double]?

    init(graph: RelationGraph, measure: NodeMeasure?) {
        guard let measure, !graph.nodes.isEmpty else { scaled = nil; return }
        let score = measure == .degree ? DegreeCentrality.degree(graph) : DegreeCentrality.strength(graph)
        let top = score.max() ?? 0
        scaled = top > 0 ? score.map { $0 / top } : nil
    }

    /// Width of node `i` in inches (0.75 for uniform nodes).
    func width(_ i: Int) -> Double { 0.75 + 1.5 * (scaled?[i] ?? 0) }

    func attributes(_ i: Int) -> [Attribute] {
        guard let s = scaled?[i] else { return [] }
        return [Attribute("width", EdgeStyle.format2(width(i))), Attribute("height", EdgeStyle.format2(0.5 + 0.6 * s)),
                Attribute("fontsize", EdgeStyle.format2(12 + 8 * s))]
    }
}

/// Node links from a template.
enum NodeURL {
    /// `{id}`, `{name}`, `{label}` replaced by the node's percent-encoded values.
    static func expand(_ template: String, _ node: GraphNode) -> String {
        template.replacingOccurrences(of: "{id}", with: encode(node.id))
            .replacingOccurrences(of: "{name}", with: encode(node.name))
            .replacingOccurrences(of: "{label}", with: encode(node.label))
    }

    /// RFC 3986 unreserved characters stay; every other byte of the UTF-8 is %XX.
    static func encode(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
