import Foundation
import FuzzSupport
import RelGraphCore

/// The `.txt` (front matter) and `.jsonl` readers and the snapshot reader on arbitrary bytes.
let reader: ArticleReader = {
    var r = ArticleReader(asOf: Day(year: 2025, month: 7, day: 10)!)
    r.onInvalid = .replace
    return r
}()

@_cdecl("FuzzReader_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, { data, size in fuzz(data, size) })
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    _ = reader.decode(.line(bytes, path: "fuzz.jsonl", line: 1))
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("a.txt")
    try? bytes.write(to: file)
    _ = reader.decode(.file(file.path))
    _ = try? Snapshot.read(bytes, file: "fuzz.json")
    return 0
}
