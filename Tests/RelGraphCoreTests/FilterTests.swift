import Testing
@testable import RelGraphCore

@Suite struct FilterTests {
    static let graph = SeedsTests.output.graph

    func ids(_ g: RelationGraph) -> Set<String> { Set(g.nodes.map(\.id)) }

    @Test func egoWithDepth() throws {
        var f = GraphFilter()
        f.ego = "masoud_pezeshkian"
        f.depth = 1
        let g = try f.apply(Self.graph)
        #expect(ids(g).contains("mohammed_bin_salman"))
        #expect(!ids(g).contains("pete_hegseth"))
        f.depth = 2
        #expect(ids(try f.apply(Self.graph)).contains("tamim_bin_hamad_al_thani"))
        f.ego = "nobody"
        #expect(throws: FilterError.self) { _ = try f.apply(Self.graph) }
    }

    @Test func layersAndTypes() throws {
        var f = GraphFilter()
        f.layer = .countries
        #expect(try f.apply(Self.graph).nodes.allSatisfy { $0.kind == .country })
        f.layer = .people
        #expect(try f.apply(Self.graph).nodes.allSatisfy { $0.kind != .country })
        f = GraphFilter()
        f.types = ["hostility"]
        let hostile = try f.apply(Self.graph)
        #expect(hostile.edges.filter { $0.kind == .interaction }.allSatisfy { $0.polarity == .hostile })
        #expect(hostile.edge("IR", "US") != nil)
        #expect(hostile.edge("khalid_bin_salman", "pete_hegseth") == nil)
    }

    @Test func minWeightAndTop() throws {
        var f = GraphFilter()
        f.minWeight = 5
        let heavy = try f.apply(Self.graph)
        #expect(heavy.edges.filter { $0.kind != .affiliation }.allSatisfy { $0.weight >= 5 })
        f = GraphFilter()
        f.top = 3
        f.measure = .degree
        let top = try f.apply(Self.graph)
        #expect(top.nodes.count <= 3)
        #expect(ids(top).contains("khalid_bin_salman"))
    }

    @Test func dateWindowOnEvents() throws {
        var f = GraphFilter()
        f.until = "2020-12-31"
        let old = try f.apply(Self.graph)
        #expect(old.events.allSatisfy { $0.date <= "2020-12-31" })
        #expect(old.edge("faisal_bin_farhan", "mike_pompeo") != nil)
        #expect(old.node("khalid_bin_salman") == nil)
    }
}
