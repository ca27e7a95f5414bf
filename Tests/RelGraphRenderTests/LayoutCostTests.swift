import RelGraphRender
import Testing

/// Issue 20, point 23: a layout beyond what it handles in reasonable time is warned about.
@Suite struct LayoutCostTests {
    @Test func costlyLayoutsAreNamed() throws {
        #expect(LayoutCost.warning(layout: .dot, nodes: 50, edges: 120) == nil)
        #expect(LayoutCost.warning(layout: .auto, nodes: 700, edges: 2_000) == nil, "auto picks neato: fine")
        #expect(LayoutCost.warning(layout: .auto, nodes: 5_000, edges: 15_000) == nil, "auto picks sfdp: fine")
        let dot = try #require(LayoutCost.warning(layout: .dot, nodes: 5_000, edges: 15_000))
        #expect(dot.contains("dot layout of 5000 nodes") && dot.contains("minutes"))
        #expect(LayoutCost.warning(layout: .neato, nodes: 10_000, edges: 10_000)?.contains("neato") == true)
        let large = try #require(LayoutCost.warning(layout: .sfdp, nodes: 20_000, edges: 59_000))
        #expect(large.contains("59000 edges") && large.contains("100 MB"))
        #expect(!large.contains("--"), "the library names no command-line option")
    }
}
