import CGraphviz

/// A cgraph graph built from a `GraphSpec`. Must be used inside `GraphvizLock.run`, and closed
/// there with `close()` (after `gvFreeLayout` if it was laid out).
///
/// cgraph 2.42 takes non-const `char *` everywhere; each string is passed as a temporary mutable
/// copy, which cgraph copies into its own string pool.
struct CGraph {
    let raw: UnsafeMutablePointer<Agraph_t>

    /// `agopen` + attribute declarations + nodes + edges.
    init(_ spec: GraphSpec, log: GraphvizErrorLog) throws(GraphvizError) {
        let desc = rg_desc_directed()
        guard let g = withCString("relgraph", { agopen($0, desc, nil) }) else {
            throw .graphConstructionFailed(step: "agopen", message: log.take().message)
        }
        raw = g
        do {
            try populate(spec, log: log)
        } catch {
            close()
            throw error
        }
    }

    private func populate(_ spec: GraphSpec, log: GraphvizErrorLog) throws(GraphvizError) {
        for a in spec.graphAttributes { try declare(AGRAPH, a, log: log) }
        if let html = spec.graphHTMLLabel { try setGraphHTMLLabel(html, log: log) }
        for a in spec.nodeDefaults { try declare(AGNODE, a, log: log) }
        for a in spec.edgeDefaults { try declare(AGEDGE, a, log: log) }

        var nodes: [UnsafeMutablePointer<Agnode_t>] = []
        nodes.reserveCapacity(spec.nodes.count)
        for node in spec.nodes {
            guard let n = withCString(node.name, { agnode(raw, $0, 1) }) else {
                throw .graphConstructionFailed(step: "agnode \(node.name)", message: log.take().message)
            }
            for a in node.attributes { try set(UnsafeMutableRawPointer(n), a, what: "node \(node.name)", log: log) }
            if let html = node.htmlLabel { try setHTMLLabel(n, html, log: log) }
            nodes.append(n)
        }
        for edge in spec.edges {
            guard let e = agedge(raw, nodes[edge.tail], nodes[edge.head], nil, 1) else {
                throw .graphConstructionFailed(step: "agedge \(spec.nodes[edge.tail].name) -> \(spec.nodes[edge.head].name)",
                                               message: log.take().message)
            }
            for a in edge.attributes { try set(UnsafeMutableRawPointer(e), a, what: "edge", log: log) }
        }
    }

    /// Declares attribute `a` for `kind` (AGRAPH/AGNODE/AGEDGE) with `a.value` as default; for
    /// AGRAPH this also sets the root graph's value.
    private func declare(_ kind: Int32, _ a: Attribute, log: GraphvizErrorLog) throws(GraphvizError) {
        let sym = withCString(a.name) { name in withCString(a.value) { value in agattr(raw, kind, name, value) } }
        if sym == nil {
            throw .graphConstructionFailed(step: "agattr \(a.name)", message: log.take().message)
        }
    }

    private func set(_ object: UnsafeMutableRawPointer, _ a: Attribute, what: String,
                     log: GraphvizErrorLog) throws(GraphvizError) {
        let rc = withCString(a.name) { name in
            withCString(a.value) { value in withCString("") { def in agsafeset(object, name, value, def) } }
        }
        if rc != 0 {
            throw .graphConstructionFailed(step: "agsafeset \(a.name) on \(what)", message: log.take().message)
        }
    }

    /// Sets an HTML-like `label` (internal test seam: RelGraphRender itself only uses plain labels).
    private func setHTMLLabel(_ node: UnsafeMutablePointer<Agnode_t>, _ html: String,
                              log: GraphvizErrorLog) throws(GraphvizError) {
        guard let sym = withCString("label", { agattr(raw, AGNODE, $0, nil) }),
              let value = withCString(html, { agstrdup_html(raw, $0) })
        else { throw .graphConstructionFailed(step: "agstrdup_html", message: log.take().message) }
        let rc = agxset(UnsafeMutableRawPointer(node), sym, value)
        _ = agstrfree(raw, value)
        if rc != 0 { throw .graphConstructionFailed(step: "agxset label", message: log.take().message) }
    }

    /// Sets the root graph's `label` to an HTML-like label.
    private func setGraphHTMLLabel(_ html: String, log: GraphvizErrorLog) throws(GraphvizError) {
        let sym = withCString("label", { name in agattr(raw, AGRAPH, name, nil) })
            ?? withCString("label", { name in withCString("", { agattr(raw, AGRAPH, name, $0) }) })
        guard let sym, let value = withCString(html, { agstrdup_html(raw, $0) })
        else { throw .graphConstructionFailed(step: "agstrdup_html (graph label)", message: log.take().message) }
        let rc = agxset(UnsafeMutableRawPointer(raw), sym, value)
        _ = agstrfree(raw, value)
        if rc != 0 { throw .graphConstructionFailed(step: "agxset graph label", message: log.take().message) }
    }

    /// `agclose`. Call `gvFreeLayout` first if the graph was laid out.
    func close() {
        _ = agclose(raw)
    }
}

/// Calls `body` with a temporary, mutable, NUL-terminated UTF-8 copy of `string`.
func withCString<R>(_ string: String, _ body: (UnsafeMutablePointer<CChar>) -> R) -> R {
    var bytes = Array(string.utf8CString)
    return bytes.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
}
