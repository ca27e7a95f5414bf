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
        let countries = try f.apply(Self.graph)
        #expect(ids(countries) == ["IQ", "IR", "QA", "SA", "US", "YE"])
        #expect(countries.nodes.allSatisfy { $0.kind == .country })
        f.layer = .people
        let people = try f.apply(Self.graph)
        #expect(ids(people).isSuperset(of: ["khalid_bin_salman", "pete_hegseth", "mohammed_bin_salman", "gcc"]))
        #expect(people.nodes.allSatisfy { $0.kind != .country })
        f = GraphFilter()
        f.types = ["hostility"]
        let hostile = try f.apply(Self.graph)
        let interactions = hostile.edges.filter { $0.kind == .interaction }
        #expect(!interactions.isEmpty)
        #expect(interactions.allSatisfy { $0.types.map(\.type) == ["hostility"] })
        #expect(hostile.edge("IR", "US") != nil)
        #expect(hostile.edge("khalid_bin_salman", "pete_hegseth") == nil)
    }

    @Test func minWeightAndTop() throws {
        var f = GraphFilter()
        f.minWeight = 5
        let heavy = try f.apply(Self.graph).edges.filter { $0.kind != .affiliation }
        let all = Self.graph.edges.filter { $0.kind != .affiliation }
        #expect(!heavy.isEmpty && heavy.count < all.count)
        #expect(heavy.count == all.filter { $0.weight >= 5 }.count)
        #expect(heavy.allSatisfy { $0.weight >= 5 })
        f = GraphFilter()
        f.top = 3
        f.measure = .degree
        let top = try f.apply(Self.graph)
        // Iran's degree counts the officials who act against it («بمواجهة وردع التهديد … الإيراني»).
        #expect(ids(top) == ["IR", "SA", "khalid_bin_salman"])
    }

    @Test func dateWindowOnEvents() throws {
        var f = GraphFilter()
        f.until = "2020-12-31"
        let old = try f.apply(Self.graph)
        #expect(!old.events.isEmpty && old.events.count < Self.graph.events.count)
        #expect(old.events.allSatisfy { $0.date <= "2020-12-31" })
        #expect(old.edge("faisal_bin_farhan", "mike_pompeo") != nil)
        #expect(old.node("khalid_bin_salman") == nil)
    }
}

/// The drawing's selection of a large graph keeps each node's strongest ties (issue 24: a
/// 2,000-article drawing had kept only countries).
@Suite struct DrawingSelectionTests {
    @Test func everyRelatedNodeKeepsItsStrongestTie() throws {
        let g = FilterTests.graph
        let related = Set(g.edges.filter { $0.kind != .affiliation }.flatMap { [g.nodes[$0.source].id, g.nodes[$0.target].id] })
        let small = try DrawingSelection.backbone(of: g, maxNodes: 1000, maxEdges: 3)
        let kept = Set(small.nodes.map(\.id))
        #expect(related.count > 6)
        #expect(kept.isSuperset(of: related), "lost: \(related.subtracting(kept).sorted())")
        // Fewer edges than the graph's, and the heaviest one among them.
        let drawnEdges = small.edges.filter { $0.kind != .affiliation }
        #expect(drawnEdges.count < g.edges.filter { $0.kind != .affiliation }.count)
        let heaviest = try #require(g.edges.filter { $0.kind != .affiliation }.max { $0.weight < $1.weight })
        #expect(small.edge(g.nodes[heaviest.source].id, g.nodes[heaviest.target].id) != nil)
        // Same input, same selection.
        let again = try DrawingSelection.backbone(of: g, maxNodes: 1000, maxEdges: 3)
        #expect(again.edges.map { [again.nodes[$0.source].id, again.nodes[$0.target].id] } == small.edges.map { [small.nodes[$0.source].id, small.nodes[$0.target].id] })
        // Within both budgets: the whole graph.
        #expect(try DrawingSelection.backbone(of: g, maxNodes: 1000, maxEdges: 100_000).edges.count == g.edges.count)
    }
}
