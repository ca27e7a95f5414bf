import Foundation

/// The compact part of an article's links, one BLOB per article (`articles.links`): the entities
/// its graph names, its co-mention and affiliation edges and its mentions, as unsigned LEB128
/// varints (docs/store.md gives a reader). These rows are many (about 70 an article) and only
/// read whole, so one blob keeps the store smaller than the corpus; events and evidence, which
/// users query, are rows.
///
/// Layout: count of entities, their entity ids; count of edges, each (source, target, kind
/// 0 = co-mention / 1 = affiliation, type id + 1 or 0, count); count of mentions, each (1 + the gap
/// after the previous start, or 0 and the start; end − start, kind code, resolution code, entity id + 1 or 0).
struct LinkBlob: Equatable {
    struct Edge: Equatable {
        var source: Int64, target: Int64, affiliation: Bool, type: Int64?, count: Int
    }
    struct MentionRow: Equatable {
        var start: Int, end: Int, kind: Int, resolution: Int, entity: Int64?
    }
    var entities: [Int64] = []
    var edges: [Edge] = []
    var mentions: [MentionRow] = []

    func encoded() -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(8 + 4 * entities.count + 8 * edges.count + 8 * mentions.count)
        func put(_ x: UInt64) {
            var v = x
            while v >= 0x80 { out.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
            out.append(UInt8(v))
        }
        func put(_ x: Int) { put(UInt64(max(0, x))) }
        func put(_ x: Int64) { put(UInt64(max(0, x))) }
        put(entities.count)
        for e in entities { put(e) }
        put(edges.count)
        for e in edges {
            put(e.source); put(e.target); put(e.affiliation ? 1 : 0); put(e.type.map { $0 + 1 } ?? 0); put(e.count)
        }
        put(mentions.count)
        var previous = 0
        for m in mentions {
            // The start after the previous one as 1 + the gap; one before it as 0 then the start.
            if m.start >= previous { put(m.start - previous + 1) } else { put(0); put(m.start) }
            put(m.end - m.start); put(m.kind); put(m.resolution); put(m.entity.map { $0 + 1 } ?? 0)
            previous = m.start
        }
        return Data(out)
    }

    /// Nil when the bytes are not a blob this code wrote.
    init?(_ data: Data) {
        guard let blob = data.withUnsafeBytes({ LinkBlob(bytes: $0) }) else { return nil }
        self = blob
    }

    private init?(bytes: UnsafeRawBufferPointer) {
        var r = VarintReader(bytes: bytes)
        guard let ne = r.int() else { return nil }
        entities.reserveCapacity(min(ne, bytes.count))
        for _ in 0..<ne { guard let e = r.int() else { return nil }; entities.append(Int64(e)) }
        guard let nd = r.int() else { return nil }
        edges.reserveCapacity(min(nd, bytes.count))
        for _ in 0..<nd {
            guard let s = r.int(), let t = r.int(), let k = r.int(), let ty = r.int(), let c = r.int() else { return nil }
            edges.append(Edge(source: Int64(s), target: Int64(t), affiliation: k == 1, type: ty == 0 ? nil : Int64(ty - 1), count: c))
        }
        guard let nm = r.int() else { return nil }
        mentions.reserveCapacity(min(nm, bytes.count))
        var previous = 0
        for _ in 0..<nm {
            guard let d = r.int() else { return nil }
            let start: Int
            if d == 0 { guard let s = r.int() else { return nil }; start = s } else { start = previous + d - 1 }
            guard let len = r.int(), let k = r.int(), let r2 = r.int(), let en = r.int() else { return nil }
            mentions.append(MentionRow(start: start, end: start + len, kind: k, resolution: r2, entity: en == 0 ? nil : Int64(en - 1)))
            previous = start
        }
        guard r.atEnd else { return nil }
    }

    /// Reads unsigned LEB128 varints from bytes in turn (a value struct, so the reads compile to
    /// plain loads with no closure capturing the position).
    private struct VarintReader {
        let bytes: UnsafeRawBufferPointer
        var i = 0

        var atEnd: Bool { i == bytes.count }

        /// The next varint as an Int; nil past the end, beyond 64 bits or above Int.max.
        mutating func int() -> Int? {
            var x: UInt64 = 0, shift: UInt64 = 0
            while i < bytes.count, shift < 64 {
                let b = bytes[i]
                i += 1
                x |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return x <= UInt64(Int.max) ? Int(x) : nil }
                shift += 7
            }
            return nil
        }
    }

    init() {}
}
