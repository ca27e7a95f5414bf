import Foundation
import Testing
@testable import RelGraphCore

/// An article whose text, title and id try to inject markup and script into the report.
enum Hostile {
    static let payload = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">"
    static let text = "الرياض - 10 يوليو 2025: تلقى وزير الدفاع السعودي الأمير خالد بن سلمان اتصالاً هاتفياً من وزير الحرب الأمريكي بيت هيغسيث \(payload) وبحثا التعاون الدفاعي. "
        + "وقال السفير البريطاني جون كارتر </script><script>window.pwned=3</script> إن الزيارة مهمة."
    static func article() -> Article {
        Article(id: "evil<b>\"id\"", text: text, date: Support.day("2025-07-10"), dateSource: .frontMatter, origin: "evil<b>.txt")
    }
}

@Suite struct HTMLEscapeTests {
    @Test func escapesEveryMarkupCharacter() {
        #expect(HTML.escape("<a href=\"x\">O'Neil & co</a>") == "&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;")
        #expect(HTML.escape("خالد بن سلمان") == "خالد بن سلمان")
    }

    @Test func scriptJSONCannotCloseTheBlockAndKeepsTheValue() throws {
        let value = JSONValue.object(["t": .string("</script><!-- & \u{2028}")])
        let escaped = HTML.scriptJSON(value.compact())
        #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("&"))
        let back = try JSONSerialization.jsonObject(with: Data(escaped.utf8)) as? [String: String]
        #expect(back?["t"] == "</script><!-- & \u{2028}")
    }

    @Test func escapingHoldsForRandomMarkup() throws {
        // Random strings over markup characters, Arabic, quotes and controls: escaped text has no
        // markup character left and reads back to the original; script JSON parses to the original.
        var rng = SplitMix64(seed: 7)
        let alphabet = Array("<>&\"'/=!-ab خالد\u{0}\n\u{2028}\u{2029}\\").map(String.init)
        for _ in 0..<500 {
            let s = (0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
            let e = HTML.escape(s)
            #expect(!e.contains("<") && !e.contains(">") && !e.contains("\"") && !e.contains("'"))
            let back = e.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
            // NUL becomes U+FFFD and the line separators a space (the page holds no raw control).
            #expect(back == s.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}").replacingOccurrences(of: "\u{2028}", with: " ")
                .replacingOccurrences(of: "\u{2029}", with: " "))
            let json = HTML.scriptJSON(JSONValue.array([.string(s)]).compact())
            #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
            let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
            #expect(parsed == [s])
        }
    }

    @Test func sha256MatchesTheFIPSVectors() {
        func hex(_ s: String) -> String { SHA256.digest(Array(s.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}

@Suite struct ReportPageTests {
    static func content(_ articles: [Article]) -> ReportContent {
        var p = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15"))
        p.retainLinked = true
        let out = p.run(articles: articles)
        var c = ReportContent(title: "t <i>", asOf: p.asOf, inputs: ["in<put>"], articlesRead: out.articlesRead, filesRead: 1, graph: out.graph)
        c.centrality = try? CentralityReport.compute(out.graph)
        c.unresolved = UnresolvedMention.collect(out.linked)
        c.diagnostics = out.diagnostics + [Diagnostic(.warning, "evil<b>.txt:3", "invalid-utf8", "bad <bytes>")]
        let stubs = KnowledgeSuggest.stubs(out.linked, linker: p.linker)
        c.stubsYAML = KnowledgeSuggest.yaml(stubs)
        c.stubCount = stubs.count
        let svgIds = Dictionary(uniqueKeysWithValues: out.graph.nodes.map { ($0.id, "node-\($0.id)") })
        c.drawing = .init(svg: "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg width=\"10pt\" height=\"5pt\" viewBox=\"0 0 10 5\"><g id=\"node-x\"></g></svg>\n",
                          nodeElements: svgIds, edgeElements: [:])
        return c
    }

    @Test func hostileTextIsEscapedEverywhere() throws {
        let html = ReportPage.html(Self.content([Hostile.article()]))
        // Only the page's own two script elements (data block and code).
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(!html.contains("<img"))
        #expect(!html.contains("onerror=\""))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<i>"))
        // The evidence sentence is there, as text.
        #expect(html.contains("&lt;script&gt;window.pwned=1&lt;/script&gt;"))
        #expect(html.contains("evil&lt;b&gt;&quot;id&quot;"))
        #expect(html.contains("bad &lt;bytes&gt;"))
        // The data block is valid JSON and carries the sentence unchanged.
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"relgraph-data\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = String(html[start.upperBound..<end.lowerBound])
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let edges = try #require(data["edges"] as? [[String: Any]])
        let texts = edges.flatMap { ($0["evidence"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String } }
        #expect(texts.contains { $0.contains(Hostile.payload) })
    }

    @Test func dataGivesEveryNodeItsLayerAndCommunity() throws {
        let html = ReportPage.html(Self.content([Hostile.article()]))
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"relgraph-data\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        let nodes = try #require(data["nodes"] as? [[String: Any]])
        #expect(!nodes.isEmpty)
        for n in nodes {
            #expect((n["community"] as? Int ?? 0) >= 1, "\(n["id"] ?? "")")
            #expect(["people", "countries"].contains(n["layer"] as? String ?? ""), "\(n["id"] ?? "")")
        }
    }

    @Test func contentSecurityPolicyAllowsExactlyThePageScript() throws {
        let html = ReportPage.html(Self.content([Hostile.article()]))
        let hash = Data(SHA256.digest(Array(ReportAssets.script.utf8))).base64EncodedString()
        #expect(html.contains("script-src &#39;sha256-\(hash)&#39;"))
        #expect(html.contains("default-src &#39;none&#39;"))
        #expect(html.contains("<script>\(ReportAssets.script)</script>"))
        // No reference to anything outside the page.
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("@import"))
    }

    @Test func pageHasEverySectionAndIsByteStable() {
        let articles = [Support.article("استقبل ولي العهد السعودي الأمير محمد بن سلمان في الرياض وزير الخارجية الأمريكي ماركو روبيو.", date: "2025-07-10", id: "a1"),
                        Hostile.article()]
        let a = ReportPage.html(Self.content(articles)), b = ReportPage.html(Self.content(articles))
        #expect(a == b)
        for id in ["graph", "centrality", "relations", "unresolved", "diagnostics", "centrality-table", "relations-table", "details"] {
            #expect(a.contains("id=\"\(id)\""), "missing #\(id)")
        }
        #expect(!a.contains("id=\"diff\""))
        #expect(a.contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(a.contains("<td class=\"ar\" dir=\"rtl\" lang=\"ar\">محمد بن سلمان</td>"))
        // Inline SVG without prolog and fixed size.
        #expect(!a.contains("<?xml") && !a.contains("<!DOCTYPE svg"))
        #expect(a.contains("<svg  viewBox=\"0 0 10 5\">") || a.contains("<svg viewBox=\"0 0 10 5\">"))
    }

    @Test func diffDrawingIdsArePrefixed() {
        let svg = "<svg viewBox=\"0 0 1 1\"><g id=\"node-SA\"><path fill=\"url(#g1)\"/></g><linearGradient id=\"g1\"/></svg>"
        let inlined = ReportPage.inlineSVG(svg, idPrefix: "diff-")
        #expect(inlined.contains("id=\"diff-node-SA\"") && inlined.contains("url(#diff-g1)") && inlined.contains("id=\"diff-g1\""))
    }

    @Test func unresolvedTitlesAreGroupedWithTheirSentence() {
        let text = "التقى السفير البريطاني وزير الدفاع السعودي. ثم التقى السفير البريطاني وزير الخارجية."
        var p = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15"))
        p.retainLinked = true
        let out = p.run(articles: [Support.article(text, id: "u1"), Support.article(text, id: "u2")])
        let rows = UnresolvedMention.collect(out.linked)
        let ambassador = rows.first { $0.surface.contains("السفير") }
        #expect(ambassador?.count == 4)
        #expect(ambassador?.articles == ["u1", "u2"])
        #expect(ambassador?.country == "GB")
        #expect(ambassador?.sentence.contains("وزير الدفاع السعودي") == true)
    }
}
