@testable import RelGraphRender
import Testing

/// The escaping rules, without Graphviz.
@Suite struct EscStringTests {
    @Test func labelEscaping() {
        #expect(EscString.label(#"a\Nb"#) == #"a\\Nb"#)
        #expect(EscString.label(#"\\"#) == #"\\\\"#)
        #expect(EscString.label("R&D") == "R&amp;D")
        #expect(EscString.label("a\nb\r\nc") == "a b c")
        #expect(EscString.label("a\0b") == "ab")
        #expect(EscString.label("\"<x>\"") == "\"<x>\"")
        #expect(EscString.label(lines: ["خالد", "Khalid"]) == #"خالد\nKhalid"#)
    }

    @Test func tooltipQuadruplesBackslashes() {
        #expect(EscString.tooltip(#"a\b"#) == #"a\\\\b"#)
        #expect(EscString.tooltip("x\ny & z") == "x y &amp; z")
    }

    @Test func edgeNumbers() {
        #expect(EdgeStyle.penWidth(weight: 1) == "1.00")
        #expect(EdgeStyle.penWidth(weight: 0.2) == "1.00")
        #expect(EdgeStyle.penWidth(weight: 4) == "4.00")
        #expect(EdgeStyle.penWidth(weight: 1_000) == "6.00")
        #expect(EdgeStyle.layoutWeight(2.6) == "3")
        #expect(EdgeStyle.layoutWeight(0.1) == "1")
        #expect(EdgeStyle.display(3) == "3")
        #expect(EdgeStyle.display(1.5) == "1.5")
        #expect(EdgeStyle.display(1.0 / 3) == "0.33")
    }
}
