/// The interaction edges of a list of events, one `EdgeSpec` per pair (a, b): each event's edge
/// (`EdgeSpec(event:)`) merged in event order exactly as `RelationGraph.init` merges parallel edges
/// (weights added in the same order, type weights merged, directions merged), so the graph is the
/// same as from one spec per event, with far fewer specs to merge.
enum InteractionEdges {
    static func aggregate(_ events: EventList) -> [EdgeSpec] {
        var specs: [EdgeSpec] = []
        // Pairs by the interned ids of their ends (byte hashing instead of `String` hashing).
        var ids = KeyVocabulary()
        var at: [UInt64: Int] = [:]
        for e in events {
            let key = UInt64(UInt32(bitPattern: ids.intern(e.a))) << 32 | UInt64(UInt32(bitPattern: ids.intern(e.b)))
            guard let i = at[key] else {
                at[key] = specs.count
                var spec = EdgeSpec(event: e)
                spec.types = RelationGraph.add([], spec.types)
                specs.append(spec)
                continue
            }
            let hostile = e.polarity == .hostile ? e.weight : 0
            specs[i].weight += e.weight
            specs[i].hostileWeight += hostile
            specs[i].direction = specs[i].direction.merged(with: e.direction)
            // `RelationGraph.add(types, [one])` in place: add to the type's entry, or insert it in
            // type order.
            var k = 0
            while k < specs[i].types.count && specs[i].types[k].type < e.type { k += 1 }
            if k < specs[i].types.count && specs[i].types[k].type == e.type {
                specs[i].types[k].weight += e.weight
                specs[i].types[k].count += 1
            } else {
                specs[i].types.insert(TypeWeight(type: e.type, weight: e.weight, count: 1), at: k)
            }
        }
        return specs
    }
}
