import Foundation
import Testing
@testable import RelGraphCore

/// The fast `.jsonl` record reader agrees with JSONSerialization, and declines what it does not read.
@Suite struct FlatJSONTests {
    func fast(_ s: String) -> [String: String]? { Data(s.utf8).withUnsafeBytes { FlatJSON.object($0) } }
    func slow(_ s: String) -> [String: String]? { (try? JSONSerialization.jsonObject(with: Data(s.utf8))) as? [String: String] }

    @Test func readsFlatObjectsLikeJSONSerialization() {
        let lines = [
            #"{"id": "a1", "date": "2024-04-14", "text": "وزير الدفاع"}"#,
            #" {"text":"line\nbreak \"quoted\" back\\slash \/ tab\t","title":"\u0627\u0644 \ud83d\ude00"} "#,
            #"{}"#,
            #"{"text": ""}"#,
        ]
        for line in lines {
            #expect(fast(line) != nil)
            #expect(fast(line) == slow(line))
        }
    }

    /// Plain bytes are skipped eight at a time: a quote, backslash or control character at every
    /// position of strings of many lengths (ASCII and Arabic) is still found.
    @Test func findsSpecialBytesAtEveryPosition() {
        for base in ["abcdefghijklmnopqrstuvwxyz0123456789ABCD", "وزير الدفاع السعودي يستقبل نظيره"] {
            let chars = Array(base)
            for n in 0...chars.count {
                let plain = String(chars[0..<n])
                #expect(fast(#"{"t": "\#(plain)"}"#) == ["t": plain])
                for k in 0...n {
                    let head = String(chars[0..<k]), tail = String(chars[k..<n])
                    for special in [#"\""#, #"\\"#, #"\n"#, #"\u0041"#] {
                        let line = #"{"t": "\#(head)\#(special)\#(tail)"}"#
                        #expect(fast(line) != nil && fast(line) == slow(line))
                    }
                    #expect(fast("{\"t\": \"\(head)\u{01}\(tail)\"}") == nil)
                }
            }
        }
    }

    @Test func declinesWhatItDoesNotRead() {
        for line in [#"{"id": 7, "text": "x"}"#, #"{"a": {"b": "c"}}"#, #"{"a": "x", "a": "y"}"#, #"["x"]"#,
                     #"{"a": "\ud83d"}"#, "{\"a\": \"raw\ttab\"}", #"{"a": "x"} trailing"#, #"{"a": "x",}"#] {
            #expect(fast(line) == nil)
        }
        let invalid: [UInt8] = Array(#"{"a": ""#.utf8) + [0xFF] + Array(#""}"#.utf8)
        #expect(Data(invalid).withUnsafeBytes { FlatJSON.object($0) } == nil)
    }
}
