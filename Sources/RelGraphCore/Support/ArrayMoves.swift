/// Rearranging and emptying arrays by moving their elements (bitwise moves: no copy, so no
/// retain or release of the strings and arrays an element holds). The unsafe pointer work for
/// this lives here only.
extension Array {
    /// Puts `self[order[k]]` at `k` for every k (`order` a permutation of the indices), through a
    /// scratch buffer: two moves per element.
    mutating func permute(by order: [Int]) {
        precondition(order.count == count, "permute: not a permutation of the indices")
        let n = count
        guard n > 1 else { return }
        let scratch = UnsafeMutablePointer<Element>.allocate(capacity: n)
        defer { scratch.deallocate() }
        withUnsafeMutableBufferPointer { buf in
            let base = buf.baseAddress!
            scratch.moveInitialize(from: base, count: n)
            for k in 0..<n { (base + k).moveInitialize(from: scratch + order[k], count: 1) }
        }
    }

    /// Hands every element to `body` in order, moved out of the array (each slot refilled with
    /// `placeholder`, which owns nothing), and leaves the array empty.
    mutating func drain(leaving placeholder: Element, _ body: (consuming Element) -> Void) {
        withUnsafeMutableBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            for i in 0..<buf.count {
                body((base + i).move())
                (base + i).initialize(to: placeholder)
            }
        }
        removeAll()
    }

    /// Appends `other`'s elements, moved out of it (`drain`), and leaves it empty: a list of
    /// parts joined to another without a retain and a release of what each element holds. (An
    /// empty array takes `other`'s storage whole.)
    mutating func append(moving other: inout [Element], leaving placeholder: Element) {
        if isEmpty {
            swap(&self, &other)
            other.removeAll()
            return
        }
        // Grown geometrically, as `append` grows (reserving the exact sum each time would copy the
        // whole list on every call).
        if capacity < count + other.count { reserveCapacity(Swift.max(count + other.count, 2 * capacity)) }
        other.drain(leaving: placeholder) { append($0) }
    }
}
