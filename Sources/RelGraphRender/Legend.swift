import RelGraphCore

/// A legend appended below an SVG drawing: node kinds (person, country, organisation) and edge
/// styles (cooperative, hostile, mixed interactions; co-mention; affiliation), in English.
///
/// In SVG it is added to the finished text (not laid out by Graphviz, so it never moves the graph):
/// the root's `height` and `viewBox` grow by the legend's height and a `<g id="legend">` is
/// inserted before `</svg>`. An SVG whose root it cannot read is returned unchanged. PNG and PDF
/// carry it as the graph's HTML-like label (`html`).
enum Legend {
    static let height = 54.0

    static func append(to svg: String, diff: Bool = false, colorBy: NodeColoring = .country) -> String {
        guard let (width, oldHeight) = size(svg), let close = svg.range(of: "</svg>", options: .backwards) else { return svg }
        let newHeight = oldHeight + height
        var out = svg
        out.replaceSubrange(close, with: (diff ? diffGroup(top: oldHeight, width: width) : group(top: oldHeight, width: width, colorBy: colorBy)) + "</svg>")
        out = out.replacingOccurrences(of: "height=\"\(fmt(oldHeight))pt\"", with: "height=\"\(fmt(newHeight))pt\"")
        if let r = out.range(of: #"viewBox="0.00 0.00 "#) {
            let rest = out[r.upperBound...]
            if let end = rest.firstIndex(of: "\"") {
                let parts = rest[..<end].split(separator: " ")
                if parts.count == 2 {
                    out.replaceSubrange(r.upperBound..<end, with: "\(parts[0]) \(fmt2(oldHeight + height))")
                }
            }
        }
        return out
    }

    /// Width and height (pt) from the root element's viewBox.
    static func size(_ svg: String) -> (Double, Double)? {
        guard let r = svg.range(of: #"viewBox="0.00 0.00 "#) else { return nil }
        let rest = svg[r.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        let parts = rest[..<end].split(separator: " ").compactMap { Double($0) }
        guard parts.count == 2 else { return nil }
        return (parts[0], parts[1])
    }

    /// The opening of a legend group: `<g id="legend">` below the drawing and its frame.
    static func frame(top: Double, width: Double, classes: String) -> String {
        "<g id=\"legend\" class=\"\(classes)\" transform=\"translate(8,\(fmt2(top + 6)))\">\n"
            + "<rect x=\"0\" y=\"0\" width=\"\(fmt2(max(width - 16, 560)))\" height=\"\(fmt2(height - 12))\" fill=\"#fafafa\" stroke=\"#dddddd\"/>\n"
    }

    /// A legend caption.
    static func text(_ s: String, _ x: Double, _ y: Double) -> String {
        "<text x=\"\(fmt2(x))\" y=\"\(fmt2(y))\" font-family=\"DejaVu Sans\" font-size=\"10\">\(s)</text>\n"
    }

    static func group(top: Double, width: Double, colorBy: NodeColoring = .country) -> String {
        var g = frame(top: top, width: width, classes: "legend")
        var x = 10.0
        // Row 1: node kinds.
        g += "<ellipse cx=\"\(fmt2(x + 12))\" cy=\"12\" rx=\"12\" ry=\"7\" fill=\"#fff2cc\" stroke=\"#7f6000\"/>\n" + text("person", x + 28, 15); x += 80
        g += "<rect x=\"\(fmt2(x))\" y=\"5\" width=\"24\" height=\"14\" rx=\"3\" fill=\"#f1c232\" stroke=\"#7f6000\" stroke-width=\"2\"/>\n" + text("country", x + 30, 15); x += 90
        g += "<polygon points=\"\(fmt2(x)),12 \(fmt2(x + 6)),5 \(fmt2(x + 18)),5 \(fmt2(x + 24)),12 \(fmt2(x + 18)),19 \(fmt2(x + 6)),19\" fill=\"#e0e0e0\" stroke=\"#757575\"/>\n"
        g += text("organisation", x + 30, 15); x += 110
        g += text(nodeCaption(colorBy), x, 15)
        // Row 2: edges.
        x = 10
        func line(_ colour: String, _ extra: String, _ label: String, _ w: Double) {
            g += "<line x1=\"\(fmt2(x))\" y1=\"32\" x2=\"\(fmt2(x + 30))\" y2=\"32\" stroke=\"\(colour)\" stroke-width=\"2\" \(extra)/>\n"
            g += text(label, x + 36, 35)
            x += w
        }
        for e in edgeKeys { line(e.colour, e.dash.map { "stroke-dasharray=\"\($0)\"" } ?? "", e.label, e.width) }
        g += text(edgeCaption, x, 35)
        return g + "</g>\n"
    }

    /// The edge styles the legend shows: label, colour, SVG dash pattern, and width in the SVG row.
    static let edgeKeys: [(label: String, colour: String, dash: String?, width: Double)] = [
        ("cooperative", "#2e7d32", nil, 110), ("hostile", "#c62828", nil, 90), ("mixed", "#ef6c00", nil, 80),
        ("co-mention", "#9e9e9e", "1,5", 110), ("affiliation", "#9e9e9e", "5,2", 105),
    ]
    static let edgeCaption = "width = weight; arrow = who initiated"
    static func nodeCaption(_ colorBy: NodeColoring) -> String {
        "node colour = \(colorBy == .community ? "community" : "country"); size = centrality when sized"
    }
    /// Node outlines and edge styles of a diff drawing.
    static let diffNodeKeys: [(label: String, colour: String, dashed: Bool)] = [
        ("appeared", "#2e7d32", false), ("vanished", "#c62828", true), ("unchanged", "#616161", false),
    ]
    static let diffEdgeKeys: [(label: String, status: ChangeStatus, dashed: Bool)] = [
        ("new", .added, false), ("ended", .removed, true), ("strengthened", .strengthened, false), ("weakened", .weakened, true),
        ("other types / polarity", .changed, false), ("unchanged", .unchanged, false),
    ]

    /// The legend as a Graphviz HTML-like label, for drawings Graphviz renders whole (PNG, PDF),
    /// where the SVG group cannot be appended: node kinds as filled cells, edge styles as coloured
    /// line glyphs (solid ━, dashed ┅, dotted ┉), the same captions; the title, when given, above
    /// it. Every text is escaped (`HTML.escape`: Graphviz reads its character references).
    static func html(diff: Bool, colorBy: NodeColoring, title: String?) -> String {
        func font(_ s: String, colour: String? = nil, size: Int = 10) -> String {
            "<FONT FACE=\"DejaVu Sans\" POINT-SIZE=\"\(size)\"\(colour.map { " COLOR=\"\($0)\"" } ?? "")>\(HTML.escape(s))</FONT>"
        }
        func swatch(fill: String, outline: String) -> String {
            "<TD BGCOLOR=\"\(fill)\" COLOR=\"\(outline)\" BORDER=\"1\" WIDTH=\"24\" HEIGHT=\"14\" FIXEDSIZE=\"TRUE\"> </TD>"
        }
        func row(_ cells: String) -> String {
            "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\"><TR>\(cells)</TR></TABLE></TD></TR>"
        }
        func sample(_ colour: String, _ glyph: String) -> String { "<TD>" + font(String(repeating: glyph, count: 3), colour: colour) + "</TD>" }
        func label(_ s: String) -> String { "<TD ALIGN=\"LEFT\">" + font(s) + "</TD>" }
        var rows = ""
        if let title, !title.isEmpty { rows += "<TR><TD>" + font(title, size: 20) + "</TD></TR>" }
        if diff {
            rows += row(diffNodeKeys.map { swatch(fill: "#ffffff", outline: $0.colour) + label($0.label + ($0.dashed ? " (dashed)" : "")) }.joined()
                        + label("nodes (outline)"))
            rows += row(diffEdgeKeys.map { sample(DiffStyle.color($0.status), $0.dashed ? "┅" : "━") + label($0.label) }.joined())
        } else {
            rows += row(swatch(fill: "#fff2cc", outline: "#7f6000") + label("person") + swatch(fill: "#f1c232", outline: "#7f6000") + label("country")
                        + swatch(fill: "#e0e0e0", outline: "#757575") + label("organisation") + label(nodeCaption(colorBy)))
            rows += row(edgeKeys.map { sample($0.colour, $0.dash == nil ? "━" : $0.dash == "1,5" ? "┉" : "┅") + label($0.label) }.joined()
                        + label(edgeCaption))
        }
        return "<TABLE BORDER=\"1\" COLOR=\"#dddddd\" BGCOLOR=\"#fafafa\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">\(rows)</TABLE>"
    }

    /// The legend of a diff drawing: what each colour of node outline and edge means.
    static func diffGroup(top: Double, width: Double) -> String {
        var g = frame(top: top, width: width, classes: "legend diff")
        var x = 10.0
        for (label, colour, dashed) in diffNodeKeys {
            let dash = dashed ? " stroke-dasharray=\"4,2\"" : ""
            g += "<ellipse cx=\"\(fmt2(x + 12))\" cy=\"12\" rx=\"12\" ry=\"7\" fill=\"#ffffff\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash)/>\n"
            g += text(label, x + 28, 15)
            x += 100
        }
        g += text("nodes (outline)", x, 15)
        x = 10
        for (label, status, dashed) in diffEdgeKeys {
            let dash = dashed ? " stroke-dasharray=\"5,2\"" : ""
            g += "<line x1=\"\(fmt2(x))\" y1=\"32\" x2=\"\(fmt2(x + 30))\" y2=\"32\" stroke=\"\(DiffStyle.color(status))\" stroke-width=\"2\"\(dash)/>\n"
            g += text(label, x + 36, 35)
            x += label.count > 12 ? 150 : 105
        }
        return g + "</g>\n"
    }

    static func fmt(_ x: Double) -> String { x == x.rounded() ? NumberText.fixed(x, decimals: 0) ?? "0" : fmt2(x) }
    static func fmt2(_ x: Double) -> String { EdgeStyle.format2(x) }
}
