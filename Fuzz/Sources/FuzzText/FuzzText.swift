import Foundation
import FuzzSupport
import RelGraphCore

/// Normaliser, tokeniser, sentence splitter, date finder and the whole linker on arbitrary bytes
/// (decoded with U+FFFD for invalid UTF-8): none may crash, and token offsets must stay inside
/// the text.
let linker = Linker(kb: try! KnowledgeLoader.loadDefault())
let day = Day(year: 2025, month: 7, day: 10)!

@_cdecl("FuzzText_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, { data, size in fuzz(data, size) })
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = ArabicNormalizer.normalize(text)
    let tokens = Tokenizer.tokenize(text)
    let n = text.unicodeScalars.count
    for t in tokens where !(0 <= t.start && t.start < t.end && t.end <= n) { fatalError("token outside the text: \(t)") }
    _ = SentenceSplitter.split(tokens)
    _ = DateFinder.dates(in: tokens)
    _ = DateFinder.placeholders(in: tokens)
    let la = linker.link(Article(id: "f", text: text, date: day, dateSource: .asOf, origin: "fuzz"))
    for m in la.mentions where !(m.start < m.end && m.end <= n) { fatalError("mention outside the text: \(m)") }
    return 0
}
