/// Rewrites a string scalar by scalar — the one loop behind the HTML, script-JSON and XML escapers.
enum ScalarEscape {
    /// `replacement` gives the text for a scalar to replace (empty drops it), or nil to keep it.
    static func apply(_ s: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            if let r = replacement(scalar) { out += r } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
