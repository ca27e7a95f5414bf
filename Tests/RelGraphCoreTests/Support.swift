import Foundation
@testable import RelGraphCore

/// Shared helpers for the core tests.
enum Support {
    /// The default knowledge base, loaded once.
    static let kb: KnowledgeBase = {
        do { return try KnowledgeLoader.loadDefault() } catch { fatalError("default KB: \(error)") }
    }()

    static let linker = Linker(kb: kb)

    static func day(_ s: String) -> Day { Day(iso: s)! }

    static func article(_ text: String, date: String = "2025-07-10", id: String = "t") -> Article {
        Article(id: id, text: text, date: day(date), dateSource: .frontMatter, origin: id)
    }

    /// Entity ids of resolved person mentions, in text order.
    static func persons(_ text: String, date: String = "2025-07-10") -> [String] {
        linker.link(article(text, date: date)).mentions.filter { $0.entityKind == .person }.compactMap(\.entity)
    }

    static func mentions(_ text: String, date: String = "2025-07-10") -> [Mention] {
        linker.link(article(text, date: date)).mentions
    }

    static var fixtures: URL { Bundle.module.url(forResource: "Fixtures", withExtension: nil)! }

    /// The project's seeds/ folder (tests run from the package root or anywhere below it).
    static var seeds: URL {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("seeds")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("000_8010a983da41c318.txt").path) { return candidate }
            dir.deleteLastPathComponent()
        }
        fatalError("seeds/ not found")
    }

    /// The test process's own temporary root, removed when the process exits.
    static let temporaryRoot: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-tests-\(getpid())")
        atexit { try? FileManager.default.removeItem(at: Support.temporaryRoot) }
        return root
    }()

    /// A new empty directory under `temporaryRoot`.
    static func temporaryDirectory() -> URL {
        let url = temporaryRoot.appendingPathComponent(UUID().uuidString)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
