import Foundation
import Testing

/// Issue 20 through the executable: links out of an input folder, the memory benchmark, and
/// link's streamed output.
@Suite struct HostileInputCLITests {
    static let article = "---\ndate: 2025-07-10\n---\nتلقى الأمير خالد بن سلمان اتصالا هاتفيا من بيت هيغسيث."

    @Test func linksOutOfTheFolderNeedFollowLinks() throws {
        let outside = CLI.temporaryDirectory(), dir = CLI.temporaryDirectory()
        try Self.article.write(to: outside.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try Self.article.write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("leak.txt").path,
                                                   withDestinationPath: outside.appendingPathComponent("secret.txt").path)
        let plain = try CLI.run(["link", dir.path, "--as-of", "2025-10-15"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stderr.contains("leak.txt: warning: symbolic link to"))
        #expect(plain.stderr.contains("[link-outside]"))
        #expect(!plain.stdout.contains("leak"))
        let followed = try CLI.run(["link", dir.path, "--as-of", "2025-10-15", "--follow-links"])
        #expect(followed.status == 0, "\(followed.stderr)")
        #expect(followed.stdout.contains("\"leak\""))
    }

    @Test func benchMemoryPrintsEveryCommand() throws {
        let dir = CLI.temporaryDirectory()
        let corpus = dir.appendingPathComponent("c.jsonl").path
        #expect(try CLI.run(["bench", "corpus", "--articles", "30", "-o", corpus]).status == 0)
        let b = try CLI.run(["bench", "memory", corpus, "--max-ratio", "100"])
        #expect(b.status == 0, "\(b.stderr)")
        for name in ["build", "link", "kb suggest", "report"] {
            #expect(b.stdout.split(separator: "\n").contains { $0.hasPrefix(name + " ") }, "\(b.stdout)")
        }
    }
}
