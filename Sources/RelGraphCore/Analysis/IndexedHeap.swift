/// A binary min-heap of (distance, node) pairs with lazy deletion, for Dijkstra. Ties on distance
/// are broken by insertion order (a sequence number), like Python's heapq with a counter as
/// networkx uses, so equal-distance nodes are settled in the same order.
///
/// Entries are stored packed (distance, sequence, node) in one array and sifted by moving a hole
/// rather than by swaps: one load and one store per level.
struct DistanceHeap {
    private struct Entry {
        var dist: Double
        var seq: Int32
        var node: Int32

        @inline(__always)
        static func < (a: Entry, b: Entry) -> Bool { a.dist < b.dist || (a.dist == b.dist && a.seq < b.seq) }
    }

    private var items: [Entry] = []
    private var counter: Int32 = 0

    var isEmpty: Bool { items.isEmpty }

    mutating func removeAll() {
        items.removeAll(keepingCapacity: true)
        counter = 0
    }

    mutating func push(_ d: Double, _ v: Int32) {
        let e = Entry(dist: d, seq: counter, node: v)
        counter &+= 1
        items.append(e)
        items.withUnsafeMutableBufferPointer { h in
            var i = h.count - 1
            while i > 0 {
                let p = (i - 1) >> 1
                guard e < h[p] else { break }
                h[i] = h[p]
                i = p
            }
            h[i] = e
        }
    }

    mutating func pop() -> (Double, Int32) {
        let last = items.removeLast()
        guard !items.isEmpty else { return (last.dist, last.node) }
        return items.withUnsafeMutableBufferPointer { h in
            let top = h[0]
            let count = h.count
            var i = 0
            while true {
                let l = 2 * i + 1
                if l >= count { break }
                var m = l
                if l + 1 < count && h[l + 1] < h[l] { m = l + 1 }
                guard h[m] < last else { break }
                h[i] = h[m]
                i = m
            }
            h[i] = last
            return (top.dist, top.node)
        }
    }
}
