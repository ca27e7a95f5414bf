import Foundation

/// The page's stylesheet and script, shipped as package resources (`Resources/report/`).
enum ReportAssets {
    static let css: String = load("report.css")
    static let script: String = load("report.js")
    /// Base64 SHA-256 of `script`, for the page's Content-Security-Policy.
    static let scriptHash: String = Data(SHA256.digest(Array(script.utf8))).base64EncodedString()

    private static func load(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "report"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { preconditionFailure("relgraph: the resource report/\(name) is missing from the package bundle; rebuild relgraph") }
        return text
    }
}
