/// The interaction edges of the events, one `EdgeSpec` per pair (a, b): each event's edge
/// (`EdgeSpec(event:)`) merged in event order exactly as `RelationGraph.init` merges parallel edges
/// (weights added in the same order, type weights merged, directions merged), so the graph is the
/// same as from one spec per event, with far fewer specs to merge.
enum InteractionEdges {
    /// The compact events' edges, accumulated on integers: an edge's ends and type entries are
    /// indices (type entries of one edge chained in flat arrays, in `typeRank` order, which is
    /// the type ids' string order), and strings are taken only for the finished specs. Sums are
    /// added in event order.
    static func aggregate(_ c: CompactEvents) -> [EdgeSpec] {
        let actors = c.actors
        var slots = SlotIndex(size: 1024)
        var keys: [IndexPair] = [], weight: [Double] = [], hostile: [Double] = [], direction: [EdgeDirection] = []
        // Edge k's type entries: head[k], then next[...] (-1 ends), sorted by type rank.
        var head: [Int32] = [], type: [Int32] = [], typeWeight: [Double] = [], count: [Int32] = [], next: [Int32] = []
        let direct = c.direct
        do {
            for ref in c.order {
                let k = ref.event
                let x = CompactEvents.ends(a: direct[k].a, b: direct[k].b, day: direct[k].date, direction: direct[k].direction, projection: ref.isProjection, actors: actors)
                let t = direct[k].type, w = actors.typeWeight[Int(t)], isHostile = actors.typePolarity[Int(t)] == .hostile
                let key = IndexPair(x.a, x.b)
                let (found, slot) = slots.find(key.hash) { keys[$0] == key }
                guard let e = found else {
                    keys.append(key)
                    weight.append(w)
                    hostile.append(isHostile ? w : 0)
                    direction.append(x.direction)
                    head.append(Int32(type.count))
                    type.append(t); typeWeight.append(w); count.append(1); next.append(-1)
                    slots.insert(keys.count - 1, at: slot, count: keys.count) { keys[$0].hash }
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
            specs.append(EdgeSpec(source: actors.ids[Int(keys[e].a)], target: actors.ids[Int(keys[e].b)], kind: .interaction, weight: weight[e],
                                  types: types, direction: direction[e], hostileWeight: hostile[e]))
        }
        return specs
    }
}
