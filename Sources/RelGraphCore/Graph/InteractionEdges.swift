/// The interaction edges of a list of events, one `EdgeSpec` per pair (a, b): each event's edge
/// (`EdgeSpec(event:)`) merged in event order exactly as `RelationGraph.init` merges parallel edges
/// (weights added in the same order, type weights merged, directions merged), so the graph is the
/// same as from one spec per event, with far fewer specs to merge.
enum InteractionEdges {
    static func aggregate(_ events: EventList) -> [EdgeSpec] {
        var edges = Edges()
        switch events.storage {
        case .array(let list):
            // Pairs by the interned ids of their ends (byte hashing instead of `String` hashing).
            var ids = KeyVocabulary()
            for e in list {
                edges.add(ActorTable.pairKey(ids.intern(e.a), ids.intern(e.b)), e.a, e.b, type: e.type, weight: e.weight,
                          hostile: e.polarity == .hostile, direction: e.direction)
            }
        case .compact(let c):
            // On indices: an event's ends (its countries for a projection) and type from the tables.
            let actors = c.actors
            for i in c.order.indices {
                let x = c.ends(at: i)
                let t = Int(x.event.type)
                edges.add(ActorTable.pairKey(x.a, x.b), actors.ids[Int(x.a)], actors.ids[Int(x.b)], type: actors.types[t], weight: actors.typeWeight[t],
                          hostile: actors.typePolarity[t] == .hostile, direction: x.direction)
            }
        }
        return edges.specs
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
