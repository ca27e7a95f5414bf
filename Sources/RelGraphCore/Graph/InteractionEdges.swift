/// The interaction edges of a list of events, one `EdgeSpec` per pair (a, b): each event's edge
/// (`EdgeSpec(event:)`) merged in event order exactly as `RelationGraph.init` merges parallel edges
/// (weights added in the same order, type weights merged, directions merged), so the graph is the
/// same as from one spec per event, with far fewer specs to merge.
enum InteractionEdges {
    static func aggregate(_ events: EventList) -> [EdgeSpec] {
        switch events.storage {
        case .array(let list):
            var edges = Edges()
            // Pairs by the interned ids of their ends (byte hashing instead of `String` hashing).
            var ids = KeyVocabulary()
            for e in list {
                edges.add(ActorTable.pairKey(ids.intern(e.a), ids.intern(e.b)), e.a, e.b, type: e.type, weight: e.weight,
                          hostile: e.polarity == .hostile, direction: e.direction)
            }
            return edges.specs
        case .compact(let c):
            return aggregate(c)
        }
    }

    /// The compact events' edges, accumulated on integers: an edge's ends and type entries are
    /// indices (type entries of one edge chained in flat arrays, in `typeRank` order, which is
    /// the type ids' string order), and strings are taken only for the finished specs. Sums are
    /// added in event order, as `Edges.add` does.
    static func aggregate(_ c: CompactEvents) -> [EdgeSpec] {
        let actors = c.actors
        var slots = SlotIndex(size: 1024)
        var keys: [UInt64] = [], weight: [Double] = [], hostile: [Double] = [], direction: [EdgeDirection] = []
        // Edge k's type entries: head[k], then next[...] (-1 ends), sorted by type rank.
        var head: [Int32] = [], type: [Int32] = [], typeWeight: [Double] = [], count: [Int32] = [], next: [Int32] = []
        c.direct.withUnsafeBufferPointer { direct in
            for at in c.order {
                let k = Int(at >> 1)
                let x = CompactEvents.ends(a: direct[k].a, b: direct[k].b, direction: direct[k].direction, projection: at & 1 == 1, actors: actors)
                let t = direct[k].type, w = actors.typeWeight[Int(t)], isHostile = actors.typePolarity[Int(t)] == .hostile
                let key = ActorTable.pairKey(x.a, x.b)
                let (found, slot) = slots.find(PairCounts.hash(key)) { keys[$0] == key }
                guard let e = found else {
                    keys.append(key)
                    weight.append(w)
                    hostile.append(isHostile ? w : 0)
                    direction.append(x.direction)
                    head.append(Int32(type.count))
                    type.append(t); typeWeight.append(w); count.append(1); next.append(-1)
                    slots.insert(keys.count - 1, at: slot, count: keys.count) { PairCounts.hash(keys[$0]) }
                    continue
                }
                weight[e] += w
                hostile[e] += isHostile ? w : 0
                direction[e] = direction[e].merged(with: x.direction)
                // The type's entry, or a new one in rank order.
                let rank = actors.typeRank[Int(t)]
                var previous: Int32 = -1, entry = head[e]
                while entry >= 0 && actors.typeRank[Int(type[Int(entry)])] < rank {
                    previous = entry
                    entry = next[Int(entry)]
                }
                if entry >= 0 && type[Int(entry)] == t {
                    typeWeight[Int(entry)] += w
                    count[Int(entry)] += 1
                } else {
                    let new = Int32(type.count)
                    type.append(t); typeWeight.append(w); count.append(1); next.append(entry)
                    if previous < 0 { head[e] = new } else { next[Int(previous)] = new }
                }
            }
        }
        var specs: [EdgeSpec] = []
        specs.reserveCapacity(keys.count)
        for e in keys.indices {
            var types: [TypeWeight] = []
            var entry = head[e]
            while entry >= 0 {
                let i = Int(entry)
                types.append(TypeWeight(type: actors.types[Int(type[i])], weight: typeWeight[i], count: Int(count[i])))
                entry = next[i]
            }
            let (a, b) = ActorTable.pair(of: keys[e])
            specs.append(EdgeSpec(source: actors.ids[a], target: actors.ids[b], kind: .interaction, weight: weight[e],
                                  types: types, direction: direction[e], hostileWeight: hostile[e]))
        }
        return specs
    }

    /// One spec per pair key, in order of first appearance.
    private struct Edges {
        var specs: [EdgeSpec] = []
        var at: [UInt64: Int] = [:]

        mutating func add(_ key: UInt64, _ a: String, _ b: String, type: String, weight: Double, hostile: Bool, direction: EdgeDirection) {
            guard let i = at[key] else {
                at[key] = specs.count
                // `EdgeSpec(event:)`: one type, so its list is canonical.
                specs.append(EdgeSpec(source: a, target: b, kind: .interaction, weight: weight,
                                      types: [TypeWeight(type: type, weight: weight, count: 1)], direction: direction,
                                      hostileWeight: hostile ? weight : 0))
                return
            }
            specs[i].weight += weight
            specs[i].hostileWeight += hostile ? weight : 0
            specs[i].direction = specs[i].direction.merged(with: direction)
            // `RelationGraph.add(types, [one])` in place: add to the type's entry, or insert it in
            // type order.
            var k = 0
            while k < specs[i].types.count && specs[i].types[k].type < type { k += 1 }
            if k < specs[i].types.count && specs[i].types[k].type == type {
                specs[i].types[k].weight += weight
                specs[i].types[k].count += 1
            } else {
                specs[i].types.insert(TypeWeight(type: type, weight: weight, count: 1), at: k)
            }
        }
    }
}
