import RelGraphCore

/// A legend appended below an SVG drawing: node kinds (person, country, organisation) and edge
/// styles (cooperative, hostile, mixed interactions; co-mention; affiliation), in English.
///
/// It is added to the finished SVG text (not laid out by Graphviz, so it never moves the graph):
/// the root's `height` and `viewBox` grow by the legend's height and a `<g id="legend">` is
/// inserted before `</svg>`. An SVG whose root it cannot read is returned unchanged.
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
        g += text("node colour = \(colorBy == .community ? "community" : "country"); size = centrality when sized", x, 15)
        // Row 2: edges.
        x = 10
        func line(_ colour: String, _ extra: String, _ label: String, _ w: Double) {
            g += "<line x1=\"\(fmt2(x))\" y1=\"32\" x2=\"\(fmt2(x + 30))\" y2=\"32\" stroke=\"\(colour)\" stroke-width=\"2\" \(extra)/>\n"
            g += text(label, x + 36, 35)
            x += w
        }
        line("#2e7d32", "", "cooperative", 110)
        line("#c62828", "", "hostile", 90)
        line("#ef6c00", "", "mixed", 80)
        line("#9e9e9e", "stroke-dasharray=\"1,5\"", "co-mention", 110)
        line("#9e9e9e", "stroke-dasharray=\"5,2\"", "affiliation", 105)
        g += text("width = weight; arrow = who initiated", x, 35)
        return g + "</g>\n"
    }

    /// The legend of a diff drawing: what each colour of node outline and edge means.
    static func diffGroup(top: Double, width: Double) -> String {
        var g = frame(top: top, width: width, classes: "legend diff")
        var x = 10.0
        for (label, colour, dash) in [("appeared", "#2e7d32", ""), ("vanished", "#c62828", " stroke-dasharray=\"4,2\""), ("unchanged", "#616161", "")] {
            g += "<ellipse cx=\"\(fmt2(x + 12))\" cy=\"12\" rx=\"12\" ry=\"7\" fill=\"#ffffff\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash)/>\n"
            g += text(label, x + 28, 15)
            x += 100
        }
        g += text("nodes (outline)", x, 15)
        x = 10
        for (label, status, dash) in [("new", ChangeStatus.added, ""), ("ended", .removed, " stroke-dasharray=\"5,2\""),
                                      ("strengthened", .strengthened, ""), ("weakened", .weakened, " stroke-dasharray=\"5,2\""),
                                      ("other types / polarity", .changed, ""), ("unchanged", .unchanged, "")] {
            g += "<line x1=\"\(fmt2(x))\" y1=\"32\" x2=\"\(fmt2(x + 30))\" y2=\"32\" stroke=\"\(DiffStyle.color(status))\" stroke-width=\"2\"\(dash)/>\n"
            g += text(label, x + 36, 35)
            x += label.count > 12 ? 150 : 105
        }
        return g + "</g>\n"
    }

    static func fmt(_ x: Double) -> String { x == x.rounded() ? NumberText.fixed(x, decimals: 0) ?? "0" : fmt2(x) }
    static func fmt2(_ x: Double) -> String { EdgeStyle.format2(x) }
}
