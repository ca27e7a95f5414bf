/// Counts by index pair (`IndexPair`: actors, for co-mentions): the keys and their counts in
/// insertion order, found through a `SlotIndex` with a multiply–xorshift hash of the key. (A
/// `Dictionary` hashes every key with SipHash; a worker adds every co-mentioned pair of every
/// sentence, and the run merges every worker's counts, so that cost showed.) Iteration order is
/// insertion order; the graph sorts its edges, so no order reaches output.
struct PairCounts: Sendable {
    private(set) var keys: [IndexPair] = []
    private(set) var counts: [Int] = []
    private var index = SlotIndex(size: 64)

    var count: Int { keys.count }

    /// Adds `n` to the count of `key`.
    mutating func add(_ key: IndexPair, _ n: Int = 1) {
        let h = key.hash
        let (found, slot) = index.find(h) { keys[$0] == key }
        if let i = found {
            counts[i] += n
            return
        }
        keys.append(key)
        counts.append(n)
        index.insert(keys.count - 1, at: slot, count: keys.count) { keys[$0].hash }
    }

    /// Adds every count of `other`, its indices mapped by `remap` first when given.
    mutating func merge(_ other: PairCounts, remap: ((Int32) -> Int32)? = nil) {
        for i in other.keys.indices {
            let k = other.keys[i]
            add(remap.map { IndexPair($0(k.a), $0(k.b)) } ?? k, other.counts[i])
        }
    }
}
