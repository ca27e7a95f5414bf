import Foundation
import RelGraphCore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Small graphs built in code, and helpers to read SVG back as XML.
enum Fixtures {
    static let khalid = GraphNode(id: "khalid_bin_salman", name: "Khalid bin Salman", label: "خالد بن سلمان",
                                  kind: .person, country: "SA")
    static let hegseth = GraphNode(id: "pete_hegseth", name: "Pete Hegseth", label: "بيت هيغسيث",
                                   kind: .person, country: "US")
    static let saudi = GraphNode(id: "SA", name: "Saudi Arabia", label: "السعودية", kind: .country, country: nil)
    static let usa = GraphNode(id: "US", name: "United States", label: "الولايات المتحدة", kind: .country, country: nil)
    static let houthis = GraphNode(id: "houthis", name: "Houthis", label: "الحوثيون", kind: .organisation,
                                   country: "YE")

    /// Two officials, their countries and an organisation; both edge kinds.
    static var sample: RelationGraph {
        RelationGraph(
            nodes: [khalid, hegseth, saudi, usa, houthis],
            edges: [
                (source: "khalid_bin_salman", target: "pete_hegseth", kind: .coMention, weight: 3),
                (source: "khalid_bin_salman", target: "SA", kind: .affiliation, weight: 1),
                (source: "pete_hegseth", target: "US", kind: .affiliation, weight: 1),
                (source: "SA", target: "US", kind: .coMention, weight: 1.5),
                (source: "houthis", target: "SA", kind: .coMention, weight: 2),
            ])
    }

    /// A ring of `count` people of three countries (for loops and size tests).
    static func ring(_ count: Int) -> RelationGraph {
        let countries = ["SA", "US", "QA"]
        let nodes = (0..<count).map { i in
            GraphNode(id: String(format: "p%04d", i), name: "Person \(i)", label: "شخص \(i)", kind: .person,
                      country: countries[i % 3])
        }
        let edges = (0..<count).map { i in
            (source: nodes[i].id, target: nodes[(i + 1) % count].id, kind: EdgeKind.coMention, weight: Double(i % 5 + 1))
        }
        return RelationGraph(nodes: nodes, edges: count > 1 ? edges : [])
    }
}

/// A parsed SVG document.
///
/// Attributes are looked up with `SVG.attribute(_:_:)`: FoundationXML's
/// `XMLElement.attribute(forName:)` returns nil for plain attributes of elements in SVG's default
/// namespace.
struct SVG: CustomStringConvertible {
    let document: XMLDocument

    init(_ bytes: [UInt8]) throws {
        document = try XMLDocument(data: Data(bytes), options: [])
    }

    var root: XMLElement? { document.rootElement() }

    /// Short, so that failed expectations stay readable.
    var description: String { "SVG(\(elements.count) elements)" }

    /// The value of attribute `name` (qualified, e.g. `xlink:title`, or local) of `element`.
    static func attribute(_ element: XMLElement, _ name: String) -> String? {
        (element.attributes ?? []).first { $0.name == name }?.stringValue
            ?? (element.attributes ?? []).first { $0.localName == name }?.stringValue
    }

    /// All elements in document order.
    var elements: [XMLElement] {
        var out: [XMLElement] = []
        func walk(_ node: XMLNode) {
            if let e = node as? XMLElement { out.append(e) }
            for child in node.children ?? [] { walk(child) }
        }
        if let root { walk(root) }
        return out
    }

    /// The element with this `id` attribute.
    func element(id: String) -> XMLElement? {
        elements.first { SVG.attribute($0, "id") == id }
    }

    /// `<g>` groups whose class list starts with `kind` (`node` / `edge`).
    func groups(_ kind: String) -> [XMLElement] {
        elements.filter { $0.localName == "g" && (SVG.attribute($0, "class") ?? "")
            .split(separator: " ").first == Substring(kind) }
    }

    /// The text of every `<text>` below `element`, in order.
    static func texts(in element: XMLElement) -> [String] {
        descendants(of: element).filter { $0.localName == "text" }.map { $0.stringValue ?? "" }
    }

    static func descendants(of element: XMLElement) -> [XMLElement] {
        var out: [XMLElement] = []
        func walk(_ node: XMLNode) {
            for child in node.children ?? [] {
                if let e = child as? XMLElement { out.append(e); walk(e) }
            }
        }
        walk(element)
        return out
    }

    /// The tooltip (`xlink:title` of the `<a>` inside `element`), if any.
    static func tooltip(in element: XMLElement) -> String? {
        for e in descendants(of: element) where e.localName == "a" {
            if let title = attribute(e, "xlink:title") { return title }
        }
        return nil
    }
}
