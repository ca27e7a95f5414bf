/// A binary min-heap of (distance, node) pairs with lazy deletion, for Dijkstra. Ties on distance
/// are broken by insertion order (a sequence number), like Python's heapq with a counter as
/// networkx uses, so equal-distance nodes are settled in the same order.
struct DistanceHeap {
    private var dist: [Double] = []
    private var seq: [Int] = []
    private var node: [Int32] = []
    private var counter = 0

    var isEmpty: Bool { dist.isEmpty }

    mutating func removeAll() {
        dist.removeAll(keepingCapacity: true)
        seq.removeAll(keepingCapacity: true)
        node.removeAll(keepingCapacity: true)
        counter = 0
    }

    @inline(__always)
    private func less(_ i: Int, _ j: Int) -> Bool { dist[i] < dist[j] || (dist[i] == dist[j] && seq[i] < seq[j]) }

    @inline(__always)
    private mutating func swapAt(_ i: Int, _ j: Int) {
        dist.swapAt(i, j)
        seq.swapAt(i, j)
        node.swapAt(i, j)
    }

    mutating func push(_ d: Double, _ v: Int32) {
        dist.append(d)
        seq.append(counter)
        node.append(v)
        counter += 1
        var i = dist.count - 1
        while i > 0 {
            let p = (i - 1) >> 1
            if less(i, p) { swapAt(i, p); i = p } else { break }
        }
    }

    mutating func pop() -> (Double, Int32) {
        let top = (dist[0], node[0])
        let last = dist.count - 1
        if last > 0 { swapAt(0, last) }
        dist.removeLast()
        seq.removeLast()
        node.removeLast()
        var i = 0
        let count = dist.count
        while true {
            let l = 2 * i + 1
            if l >= count { break }
            var m = l
            if l + 1 < count && less(l + 1, l) { m = l + 1 }
            if less(m, i) { swapAt(m, i); i = m } else { break }
        }
        return top
    }
}
