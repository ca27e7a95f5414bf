/// The sections of the report page (see `ReportPage`). Tables whose rows carry `data-nodes`
/// are filtered when a node is selected (`filterable`; `by-ego` keeps the whole ego network);
/// `sortable` tables sort by a click on a column head.
enum ReportSections {
    // MARK: Graph

    static func graph(_ c: ReportContent) -> String {
        var out = "<section id=\"graph\">\n<h2>Graph</h2>\n"
        guard let drawing = c.drawing else {
            return out + HTML.text("p", ["class": "empty"], c.graph.nodes.isEmpty ? "The graph is empty: no entity was linked." : "No drawing.")
                + "<aside class=\"details\" id=\"details\" hidden></aside>\n</section>\n"
        }
        out += HTML.text("p", ["class": "hint"], "Node colours are countries; red edges are hostile, orange mixed; dotted edges are co-mentions, dashed ones affiliations.") + "\n"
        for note in c.graphNotes { out += HTML.text("p", ["class": "hint"], note) + "\n" }
        out += "<div class=\"view-controls\" id=\"view-controls\"></div>\n"
        out += "<div class=\"zoom\" role=\"group\" aria-label=\"Zoom\"><button type=\"button\" data-zoom=\"in\" title=\"Zoom in\">+</button>"
            + "<button type=\"button\" data-zoom=\"out\" title=\"Zoom out\">−</button><button type=\"button\" data-zoom=\"reset\">Fit</button>"
            + "<span class=\"meta\">wheel or pinch to zoom at the pointer, drag to pan</span><span class=\"meta counts\" id=\"view-counts\"></span></div>\n"
        out += "<div class=\"graph-layout\">\n<figure class=\"graph\" id=\"graph-figure\">\n"
        out += ReportPage.inlineSVG(drawing.svg)
        out += "</figure>\n<aside class=\"details\" id=\"details\" aria-live=\"polite\"></aside>\n</div>\n</section>\n"
        return out
    }

    // MARK: Centrality

    static func centrality(_ c: ReportContent) -> String {
        var out = "<section id=\"centrality\">\n<h2>Centrality</h2>\n"
        for note in c.centralityNotes { out += HTML.text("p", ["class": "hint"], note) + "\n" }
        guard let r = c.centrality, !r.rows.isEmpty else {
            return out + HTML.text("p", ["class": "empty"], "No centrality: the people layer has no nodes.") + "</section>\n"
        }
        out += HTML.text("p", ["class": "hint"],
                         "\(r.layer.rawValue) layer: \(r.nodeCount) nodes, \(r.edgeCount) edges; ranked by \(r.rankBy.rawValue). Click a column to sort, a row to focus the graph.") + "\n"
        out += "<table class=\"sortable filterable by-ego\" id=\"centrality-table\">\n<thead><tr>"
        out += head("Rank", numeric: true) + head("Name") + head("الاسم", arabic: true) + head("Kind") + head("Country")
        for m in r.measures { out += head(m.rawValue, numeric: true) }
        out += "</tr></thead>\n<tbody>\n"
        for row in r.rows.prefix(c.maxRows) {
            let node = c.graph.node(row.id)
            out += "<tr\(HTML.attrs(["data-node": row.id, "data-nodes": row.id]))>"
            out += num(Double(row.rank), String(row.rank)) + HTML.text("td", [:], row.name)
            out += HTML.text("td", ["class": "ar", "dir": "rtl", "lang": "ar"], row.label)
            out += HTML.text("td", [:], row.kind.rawValue) + HTML.text("td", [:], country(node?.country, c))
            for v in row.values { out += num(v, CentralityFormat.number(v)) }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n" + more(r.rows.count, c) + "</section>\n"
    }

    // MARK: Relations

    static func relations(_ c: ReportContent) -> String {
        let g = c.graph
        var out = "<section id=\"relations\">\n<h2>Relations</h2>\n"
        let edges = relationEdges(g)
        guard !edges.isEmpty else { return out + HTML.text("p", ["class": "empty"], "No interaction was found.") + "</section>\n" }
        out += HTML.text("p", ["class": "hint"], "Interactions between entities, heaviest first, with the latest evidence sentence. Hover an edge in the graph for all of them.") + "\n"
        out += "<table class=\"sortable filterable\" id=\"relations-table\">\n<thead><tr>"
        out += head("Between") + head("بين", arabic: true) + head("Types") + head("Direction") + head("Polarity")
            + head("Weight", numeric: true) + head("Events", numeric: true) + "<th scope=\"col\" class=\"months\">By month</th>"
            + head("Latest evidence") + "</tr></thead>\n<tbody>\n"
        let events = g.eventsByPair()
        for (row, e) in edges.prefix(c.maxRows).enumerated() {
            let a = g.nodes[e.source], b = g.nodes[e.target]
            let latest = (events[RelationGraph.pairKey(a.id, b.id)] ?? []).first { !$0.evidence.isEmpty }
            out += "<tr\(HTML.attrs(["data-nodes": "\(a.id) \(b.id)", "data-relation": String(row)]))>"
            out += HTML.text("td", [:], "\(a.name) – \(b.name)")
            out += HTML.text("td", ["class": "ar", "dir": "rtl", "lang": "ar"], "\(a.label) – \(b.label)")
            out += HTML.text("td", [:], e.types.map { "\($0.type) ×\($0.count)" }.joined(separator: ", "))
            out += HTML.text("td", [:], direction(e, g))
            out += HTML.text("td", ["class": "polarity \(e.polarity.rawValue)"], e.polarity.rawValue)
            out += num(e.weight, JSONValue.format(e.weight)) + num(Double(e.count), String(e.count)) + "<td class=\"months\"></td>"
            if let ev = latest, let item = ev.evidence.first {
                out += "<td>" + HTML.tag("div", ["class": "meta"], source(g.article(item.article), id: item.article, date: ev.date, type: ev.type))
                    + HTML.text("div", ["dir": "rtl", "lang": "ar"], item.text) + "</td>"
            } else {
                out += "<td></td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n" + more(edges.count, c) + "</section>\n"
    }

    /// The graph's interaction edges, heaviest first (then by ids): the relations table's rows,
    /// and the first part of the page's `relations` data (row i is relation i).
    static func relationEdges(_ g: RelationGraph) -> [GraphEdge] {
        g.edges.filter { $0.kind == .interaction }
            .sorted { ($0.weight, g.nodes[$1.source].id, g.nodes[$1.target].id) > ($1.weight, g.nodes[$0.source].id, g.nodes[$0.target].id) }
    }

    // MARK: Diff

    /// True when the events span more than one month: the page can then compare two windows.
    static func spansMonths(_ c: ReportContent) -> Bool {
        guard let first = c.graph.events.first?.date, let last = c.graph.events.last?.date else { return false }
        return first.prefix(7) != last.prefix(7)
    }

    /// The box the script fills with its comparison of two time windows (`report.js`).
    static func windowCompare(_ c: ReportContent) -> String {
        spansMonths(c) ? "<div class=\"window-compare\" id=\"window-compare\"></div>\n" : ""
    }

    /// The Changes section: the comparison of two batches when given, and the comparison of two
    /// time windows chosen in the page when the events span several months.
    static func diff(_ c: ReportContent) -> String {
        guard let part = c.diff else {
            guard spansMonths(c) else { return "" }
            return "<section id=\"diff\">\n<h2>Changes</h2>\n" + windowCompare(c) + "</section>\n"
        }
        let d = part.diff
        var names: [String: (String, String)] = [:]
        for n in c.graph.nodes { names[n.id] = (n.name, n.label) }
        for n in d.nodes where names[n.id] == nil { names[n.id] = (n.name, n.label) }
        func en(_ id: String) -> String { names[id]?.0 ?? id }
        func ar(_ id: String) -> String { names[id]?.1 ?? id }

        var out = "<section id=\"diff\">\n<h2>Changes</h2>\n" + windowCompare(c)
        let counts = [("entities added", d.nodesAdded.count), ("entities gone", d.nodesRemoved.count)]
            + ChangeStatus.allCases.filter { $0 != .unchanged }.map { ("relations \($0.rawValue)", d.edges($0).count) }
        out += HTML.text("p", ["class": "hint"],
                         "Before: \(part.beforeLabel) (\(d.beforeArticles) articles). After: \(part.afterLabel) (\(d.afterArticles) articles). "
                         + counts.map { "\($0.1) \($0.0)" }.joined(separator: ", ") + ".") + "\n"
        if d.isEmpty { return out + HTML.text("p", ["class": "empty"], "Nothing changed between the two batches.") + "</section>\n" }
        for note in part.notes { out += HTML.text("p", ["class": "hint"], note) + "\n" }
        if let drawing = part.drawing {
            out += "<figure class=\"graph\" id=\"diff-figure\">\n" + ReportPage.inlineSVG(drawing.svg, idPrefix: ReportPage.diffPrefix) + "</figure>\n"
        }
        if !d.nodes.isEmpty {
            out += "<h3>Entities</h3>\n<table class=\"sortable filterable\" id=\"diff-nodes\">\n<thead><tr>"
                + head("Status") + head("Name") + head("الاسم", arabic: true) + head("Kind") + "</tr></thead>\n<tbody>\n"
            for n in d.nodes.prefix(c.maxRows) {
                out += "<tr\(HTML.attrs(["data-nodes": n.id]))>" + HTML.text("td", ["class": "status \(n.status.rawValue)"], n.status.rawValue)
                    + HTML.text("td", [:], n.name) + HTML.text("td", ["class": "ar", "dir": "rtl", "lang": "ar"], n.label)
                    + HTML.text("td", [:], n.kind.rawValue) + "</tr>\n"
            }
            out += "</tbody></table>\n" + more(d.nodes.count, c)
        }
        if !d.edges.isEmpty {
            out += "<h3>Relations</h3>\n<table class=\"sortable filterable\" id=\"diff-edges\">\n<thead><tr>"
                + head("Status") + head("Between") + head("بين", arabic: true) + head("Kind") + head("Before", numeric: true)
                + head("After", numeric: true) + head("Change", numeric: true) + head("Types after") + "</tr></thead>\n<tbody>\n"
            // Biggest changes first (then by ids), so a cut table keeps what matters most.
            let edges = d.edges.sorted { (abs($0.weightChange), $1.source, $1.target) > (abs($1.weightChange), $0.source, $0.target) }
            for e in edges.prefix(c.maxRows) {
                out += "<tr\(HTML.attrs(["data-nodes": "\(e.source) \(e.target)"]))>"
                    + HTML.text("td", ["class": "status \(e.status.rawValue)"], e.status.rawValue)
                    + HTML.text("td", [:], "\(en(e.source)) – \(en(e.target))")
                    + HTML.text("td", ["class": "ar", "dir": "rtl", "lang": "ar"], "\(ar(e.source)) – \(ar(e.target))")
                    + HTML.text("td", [:], e.kind.rawValue)
                    + num(e.before?.weight ?? 0, e.before.map { JSONValue.format($0.weight) } ?? "–")
                    + num(e.after?.weight ?? 0, e.after.map { JSONValue.format($0.weight) } ?? "–")
                    + num(e.weightChange, (e.weightChange > 0 ? "+" : "") + JSONValue.format(e.weightChange))
                    + HTML.text("td", [:], (e.after ?? e.before).map { $0.types.keys.sorted().joined(separator: ", ") } ?? "")
                    + "</tr>\n"
            }
            out += "</tbody></table>\n" + more(d.edges.count, c)
        }
        if !d.movers.isEmpty {
            out += "<h3>Rank movers (\(HTML.escape(d.rankMeasure.rawValue)))</h3>\n<table class=\"sortable filterable\" id=\"diff-movers\">\n<thead><tr>"
                + head("Name") + head("الاسم", arabic: true) + head("Rank before", numeric: true) + head("Rank after", numeric: true)
                + head("Moved", numeric: true) + "</tr></thead>\n<tbody>\n"
            for m in d.movers {
                out += "<tr\(HTML.attrs(["data-nodes": m.id]))>" + HTML.text("td", [:], m.name)
                    + HTML.text("td", ["class": "ar", "dir": "rtl", "lang": "ar"], ar(m.id))
                    + num(Double(m.before), String(m.before)) + num(Double(m.after), String(m.after))
                    + num(Double(m.moved), (m.moved > 0 ? "+" : "") + String(m.moved)) + "</tr>\n"
            }
            out += "</tbody></table>\n"
        }
        for (title, pairs) in [("New country pairs", d.newCountryPairs), ("Dormant country pairs", d.dormantCountryPairs)] where !pairs.isEmpty {
            out += HTML.text("h3", [:], title) + "\n<ul>\n"
            for p in pairs { out += "<li\(HTML.attrs(["data-nodes": "\(p.source) \(p.target)"]))>" + HTML.escape("\(en(p.source)) – \(en(p.target))") + "</li>\n" }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    // MARK: Unresolved mentions

    static func unresolved(_ c: ReportContent) -> String {
        var out = "<section id=\"unresolved\">\n<h2>Unresolved mentions</h2>\n"
        guard !c.unresolved.isEmpty else { return out + HTML.text("p", ["class": "empty"], "Every title and name was linked.") + "</section>\n" }
        out += HTML.text("p", ["class": "hint"], "Titles and names the knowledge base could not resolve, most frequent first.") + "\n"
        out += "<table class=\"sortable\" id=\"unresolved-table\">\n<thead><tr>" + head("Mention", arabic: true) + head("Kind") + head("Office")
            + head("Country") + head("Seen", numeric: true) + head("First seen") + head("Articles") + head("Sentence") + head("Why") + "</tr></thead>\n<tbody>\n"
        for u in c.unresolved.prefix(c.maxRows) {
            out += "<tr>" + HTML.text("td", ["class": "ar", "dir": "rtl", "lang": "ar"], u.surface) + HTML.text("td", [:], u.kind.rawValue)
                + HTML.text("td", [:], u.office ?? "") + HTML.text("td", [:], country(u.country, c))
                + num(Double(u.count), String(u.count)) + HTML.text("td", [:], u.firstSeen.description)
                + HTML.text("td", [:], u.articles.joined(separator: ", "))
                + HTML.text("td", ["class": "ar", "dir": "rtl", "lang": "ar"], u.sentence) + HTML.text("td", [:], u.note ?? "") + "</tr>\n"
        }
        out += "</tbody></table>\n" + more(c.unresolved.count, c)
        if let yaml = c.stubsYAML, c.stubCount > 0 {
            out += HTML.text("h3", [:], "Suggested knowledge-base stubs (\(c.stubCount))") + "\n"
            out += HTML.text("p", ["class": "hint"], "Save as a YAML file (the report folder has it as kb-stubs.yaml), fill in the TODOs and check the dates, then pass it \(c.settings.passKnowledgeBase).") + "\n"
            out += HTML.text("pre", ["class": "yaml", "id": "kb-stubs"], yaml) + "\n"
        }
        return out + "</section>\n"
    }

    // MARK: Diagnostics

    /// Diagnostics shown in their own section (unresolved mentions, and the note counting those not
    /// listed, have theirs).
    static func shownDiagnostics(_ c: ReportContent) -> [Diagnostic] { c.diagnostics.filter { !$0.code.hasPrefix(Pipeline.Output.unresolvedCode) } }

    static func diagnostics(_ c: ReportContent) -> String {
        var out = "<section id=\"diagnostics\">\n<h2>Diagnostics</h2>\n"
        let shown = shownDiagnostics(c)
        guard !shown.isEmpty else { return out + HTML.text("p", ["class": "empty"], "Every input was read without a problem.") + "</section>\n" }
        out += "<table class=\"sortable\" id=\"diagnostics-table\">\n<thead><tr>" + head("Severity") + head("Code") + head("Where") + head("Message") + "</tr></thead>\n<tbody>\n"
        let order: [Diagnostic.Severity] = [.error, .warning, .note]
        let sorted = shown.enumerated().sorted { x, y in
            let (a, b) = (order.firstIndex(of: x.element.severity)!, order.firstIndex(of: y.element.severity)!)
            return a != b ? a < b : x.offset < y.offset
        }.map(\.element)
        for d in sorted {
            out += "<tr>" + HTML.text("td", ["class": "sev-\(d.severity.rawValue)"], d.severity.rawValue) + HTML.text("td", [:], d.code)
                + HTML.text("td", [:], d.location) + HTML.text("td", [:], d.message) + "</tr>\n"
        }
        return out + "</tbody></table>\n</section>\n"
    }

    // MARK: Cells

    /// «Showing the first N of M rows» when a table was cut at `maxRows`.
    static func more(_ total: Int, _ c: ReportContent) -> String {
        total > c.maxRows ? HTML.text("p", ["class": "hint"], "Showing the first \(c.maxRows) of \(total) rows (\(c.settings.maxRows)).") + "\n" : ""
    }

    /// An evidence item's provenance: its date (marked when assumed), its type, then its article's
    /// title (or id) as a link to the article's url when that is a web address, and its outlet.
    static func source(_ info: ArticleInfo?, id: String, date: String, type: String) -> String {
        var out = HTML.escape(date + (info?.dateAssumed == true ? " (assumed)" : "") + " · " + type + " · ")
        let name = info?.title ?? id
        if let url = info?.linkURL {
            out += HTML.text("a", ["href": url, "rel": "noopener noreferrer"], name)
        } else {
            out += HTML.escape(name)
        }
        if let outlet = info?.outlet { out += HTML.escape(" · " + outlet) }
        return out
    }

    static func head(_ title: String, numeric: Bool = false, arabic: Bool = false) -> String {
        let attrs: KeyValuePairs<String, String?> = ["class": numeric ? "num" : nil, "scope": "col", "lang": arabic ? "ar" : nil]
        return HTML.tag("th", attrs, "<button type=\"button\">\(HTML.escape(title))</button>")
    }

    static func num(_ value: Double, _ text: String) -> String {
        HTML.text("td", ["class": "num", "data-value": value.isFinite ? JSONValue.format(value) : "0"], text)
    }

    static func country(_ id: String?, _ c: ReportContent) -> String {
        guard let id else { return "" }
        return (c.graph.node(id)?.name ?? c.countryNames[id]).map { "\($0) (\(id))" } ?? id
    }

    static func direction(_ e: GraphEdge, _ g: RelationGraph) -> String {
        let a = g.nodes[e.source].name, b = g.nodes[e.target].name
        switch e.direction {
        case .forward: return "\(a) → \(b)"
        case .backward: return "\(b) → \(a)"
        case .both: return "both ways"
        case .none: return ""
        }
    }
}
