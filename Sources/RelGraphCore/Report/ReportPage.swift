import Foundation

/// Turns `ReportContent` into one self-contained HTML page: inline SVG, CSS and script, no
/// fetches (the Content-Security-Policy allows only the page's own script, by its SHA-256, and
/// `data:` images).
///
/// Layout: English interface, left to right; Arabic names and sentences are in elements of their
/// own with `dir="rtl" lang="ar"`, next to the English names. All text is escaped (`HTML.escape`);
/// the script's data is JSON with `<`, `>` and `&` escaped (`HTML.scriptJSON`). Same content, same
/// bytes: no timestamps, sorted keys, fixed number formats.
public enum ReportPage {
    /// Prefix of the element ids of the diff drawing (both drawings use `node-…` ids).
    static let diffPrefix = "diff-"

    public static func html(_ c: ReportContent) -> String {
        let script = ReportAssets.script
        let csp = "default-src 'none'; script-src 'sha256-\(ReportAssets.scriptHash)'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
        // The sections and the script's data are independent texts: the data is made on another
        // thread meanwhile (the page's bytes do not depend on it).
        let (body, data) = Parallel.both(parallel: true, { () -> String in
            var body = header(c)
            body += nav(c)
            body += "<main>\n"
            body += ReportSections.graph(c)
            body += ReportSections.centrality(c)
            body += ReportSections.relations(c)
            body += ReportSections.diff(c)
            body += ReportSections.unresolved(c)
            body += ReportSections.diagnostics(c)
            body += "</main>\n"
            body += HTML.text("footer", ["class": "page"], "\(c.generator) · undated articles dated \(c.asOf) · \(c.inputs.joined(separator: ", "))") + "\n"
            return body
        }, { HTML.scriptJSON(ReportData.json(c).compact()) })
        return """
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(HTML.escape(csp))">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="\(HTML.escape(c.generator))">
            <title>\(HTML.escape(c.title))</title>
            <style>
            \(ReportAssets.css)</style>
            </head>
            <body>
            \(body)<script type="application/json" id="relgraph-data">\(data)</script>
            <script>\(script)</script>
            </body>
            </html>

            """
    }

    static func header(_ c: ReportContent) -> String {
        var facts = ["\(c.articlesRead) article\(c.articlesRead == 1 ? "" : "s") from \(c.filesRead) file\(c.filesRead == 1 ? "" : "s")",
                     "\(c.graph.nodes.count) nodes", "\(c.graph.edges.filter { $0.kind == .interaction }.count) relations",
                     "\(c.graph.events.count) events"]
        if let d = c.diff { facts.append("compared: \(d.beforeLabel) → \(d.afterLabel)") }
        let problems = c.problemCount ?? c.diagnostics.filter { $0.severity >= .warning }.count
        facts.append("\(problems) input problem\(problems == 1 ? "" : "s")")
        return "<header class=\"page\">\n" + HTML.text("h1", [:], c.title) + "\n"
            + HTML.text("p", ["class": "summary"], facts.joined(separator: " · ")) + "\n</header>\n"
    }

    static func nav(_ c: ReportContent) -> String {
        var links = [("graph", "Graph"), ("centrality", "Centrality"), ("relations", "Relations")]
        if c.diff != nil || ReportSections.spansMonths(c) { links.append(("diff", "Changes")) }
        links += [("unresolved", "Unresolved (\(c.unresolved.count))"), ("diagnostics", "Diagnostics (\(ReportSections.shownDiagnostics(c).count))")]
        var out = "<nav class=\"sections\">"
        for (id, title) in links { out += HTML.text("a", ["href": "#\(id)"], title) }
        out += "<input type=\"search\" id=\"find\" list=\"find-names\" placeholder=\"Find an entity (English or Arabic)\" aria-label=\"Find an entity\">"
        out += "<datalist id=\"find-names\"></datalist>"
        out += "<span id=\"selection\" class=\"selection\"></span><button type=\"button\" id=\"clear-selection\" hidden>Clear focus</button>"
        return out + "</nav>\n"
    }

    /// The SVG element of a Graphviz document, without the XML prolog, doctype and comments before
    /// it; with `idPrefix`, every `id` (and `#` reference to one) gets the prefix.
    static func inlineSVG(_ svg: String, idPrefix: String = "") -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var s = String(svg[start.lowerBound...])
        if !idPrefix.isEmpty {
            s = s.replacingOccurrences(of: " id=\"", with: " id=\"\(idPrefix)")
                .replacingOccurrences(of: "url(#", with: "url(#\(idPrefix)")
                .replacingOccurrences(of: "href=\"#", with: "href=\"#\(idPrefix)")
        }
        // Graphviz sizes the drawing in points; the page scales it to its box (viewBox kept).
        if let open = s.range(of: ">") {
            var tag = String(s[..<open.upperBound])
            for attr in ["width", "height"] {
                if let r = tag.range(of: " \(attr)=\"[^\"]*\"", options: .regularExpression) { tag.replaceSubrange(r, with: "") }
            }
            s = tag + s[open.upperBound...]
        }
        return s
    }
}
