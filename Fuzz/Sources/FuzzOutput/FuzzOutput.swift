import Foundation
import FuzzSupport
import RelGraphCore

/// Every writer on whatever snapshot the reader accepts (extreme numbers, ids and names with
/// controls, bidi and markup): nothing may crash; the snapshot written back must be accepted again
/// (a writer never writes what the reader refuses); the CSV, TSV-like, DOT and Markdown outputs hold
/// no NUL and the XML exports no character XML 1.0 forbids.
@_cdecl("FuzzOutput_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, { data, size in fuzz(data, size) })
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let g = try? Snapshot.read(Data(bytes: data, count: size), file: "fuzz.json") else { return 0 }
    let written = Snapshot.json(g)
    do { _ = try Snapshot.read(Data(written.utf8), file: "again.json") } catch { fatalError("the reader refuses what the writer wrote: \(error)") }
    for format in ExportFormat.allCases {
        let out = format.render(g)
        if out.unicodeScalars.contains("\0") { fatalError("NUL in \(format)") }
        if format == .graphml || format == .gexf, out.unicodeScalars.contains(where: OutputText.isXMLForbidden) {
            fatalError("a character XML forbids in \(format)")
        }
    }
    if let report = try? CentralityReport.compute(g) {
        for format in CentralityFormat.allCases {
            let out = format.render(report)
            if out.unicodeScalars.contains("\0") { fatalError("NUL in centrality \(format)") }
            if format == .markdown, out.contains("<") { fatalError("raw markup in centrality markdown") }
        }
    }
    if let diff = try? GraphDiff.compute(before: RelationGraph(nodes: [], edges: []), after: g) {
        let md = DiffFormat.markdown.render(diff, names: Dictionary(g.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }))
        if md.unicodeScalars.contains("\0") || md.contains("<") { fatalError("raw markup or NUL in diff markdown") }
        _ = DiffFormat.json.render(diff)
    }
    return 0
}
