import Foundation
import Testing

/// Runs python3 with the readers the round-trip tests compare against, installed by
/// scripts/ensure-deps.sh under `.pydeps/` (git-ignored): `networkx-3.4` (networkx 3.4.2) and
/// `current` (the newest networkx, and python-igraph).
enum PythonTools {
    enum Environment: String, CaseIterable {
        case networkx34 = "networkx-3.4"
        case current
    }

    static var root: URL {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            dir.deleteLastPathComponent()
        }
        fatalError("Package.swift not found above \(#filePath)")
    }

    static func folder(_ env: Environment) -> URL { root.appendingPathComponent(".pydeps").appendingPathComponent(env.rawValue) }

    /// Runs `script` with `arguments`; records a test issue and returns nil when python fails.
    static func run(_ env: Environment, _ script: String, arguments: [String] = []) -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONPATH"] = folder(env).path
        p.environment = environment
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        do { try p.run() } catch {
            Issue.record("python3 did not start: \(error)")
            return nil
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            Issue.record("python3 (\(env.rawValue)) failed; scripts/ensure-deps.sh installs the readers under .pydeps/: \(errText)")
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }
}
