import Foundation
import Testing

/// `relgraph communities`, the centrality column and `render --color-by community` (issue 24).
@Suite struct CommunitiesCommandTests {
    static let seeds = ["--as-of", "2025-07-10"]

    @Test func listsBothLayersSortedBySizeThenId() throws {
        let r = try CLI.run(["communities", "seeds"] + Self.seeds + ["-q", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["layer", "community", "size", "id", "name", "kind", "label"])
        let body = rows.dropFirst()
        #expect(Set(body.map { $0[0] }) == ["people", "countries"])
        for layer in ["people", "countries"] {
            let mine = body.filter { $0[0] == layer }
            #expect(!mine.isEmpty)
            // Communities 1, 2, … in order, sizes never growing, members by id within one.
            let ranks = mine.map { Int($0[1])! }, sizes = mine.map { Int($0[2])! }
            #expect(ranks == ranks.sorted() && ranks.first == 1)
            #expect(sizes == sizes.sorted(by: >))
            for k in Set(ranks) {
                let ids = mine.filter { Int($0[1]) == k }.map { $0[3] }
                #expect(ids == ids.sorted() && ids.count == Int(mine.first { Int($0[1]) == k }![2]))
            }
        }
    }

    @Test func sameInputSameBytesAndTheSeedIsAnOption() throws {
        let a = try CLI.run(["communities", "seeds"] + Self.seeds + ["-q", "--format", "json"])
        let b = try CLI.run(["communities", "seeds"] + Self.seeds + ["-q", "--format", "json"])
        #expect(a.status == 0 && a.stdout == b.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any])
        #expect(json["algorithm"] as? String == "louvain" && json["seed"] as? Int == 0)
        let seeded = try CLI.run(["communities", "seeds"] + Self.seeds + ["-q", "--format", "json", "--seed", "7", "--layer", "countries"])
        let layers = try #require((try JSONSerialization.jsonObject(with: Data(seeded.stdout.utf8)) as? [String: Any])?["layers"] as? [[String: Any]])
        #expect(layers.map { $0["layer"] as? String } == ["countries"])
        let table = try CLI.run(["communities", "seeds"] + Self.seeds + ["-q"])
        #expect(table.stdout.hasPrefix("people layer: ") && table.stdout.contains("modularity 0."))
    }

    @Test func centralityHasTheCommunityColumnAndRenderColoursByIt() throws {
        let c = try CLI.run(["centrality", "seeds"] + Self.seeds + ["-q", "--format", "csv", "--measure", "degree"])
        #expect(c.stdout.hasPrefix("rank,id,name,degree,community,label\r\n"), "\(c.stdout.prefix(80))")
        let svg = try CLI.run(["render", "seeds"] + Self.seeds + ["-q", "--color-by", "community", "--layout", "dot"])
        #expect(svg.status == 0 && svg.stdout.contains("node colour = community"))
        let wrong = try CLI.run(["render", "seeds"] + Self.seeds + ["-q", "--color-by", "party"])
        #expect(wrong.status == 2)
    }

    /// The CSV pair is refused, before anything is written, when one of its two files is an input.
    @Test func csvPairNeverOverwritesAnInput() throws {
        let dir = CLI.temporaryDirectory()
        let input = dir.appendingPathComponent("g.nodes.csv").path
        try "keep me".write(toFile: input, atomically: true, encoding: .utf8)
        let r = try CLI.run(["export", input, "-q", "-o", dir.appendingPathComponent("g.csv").path])
        #expect(r.status == 2 && r.stderr.contains("is the input"), "\(r.stderr)")
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "keep me")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("g.edges.csv").path))
    }
}
