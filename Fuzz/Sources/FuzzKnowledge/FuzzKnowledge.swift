import Foundation
import FuzzSupport
import RelGraphCore

/// The knowledge-base YAML loader on arbitrary text: errors are fine, crashes are not; whatever
/// loads must build a linker.
@_cdecl("FuzzKnowledge_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, { data, size in fuzz(data, size) })
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let kb = try? KnowledgeLoader.load(yaml: text, file: "fuzz.yaml") {
        _ = Linker(kb: kb).link(Article(id: "f", text: "وزير الدفاع الأمريكي", date: Day(year: 2025, month: 1, day: 1)!, dateSource: .asOf, origin: "f"))
    }
    return 0
}
