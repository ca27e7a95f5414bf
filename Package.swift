// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "relgraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "relgraph", targets: ["relgraph"]),
        .library(name: "RelGraphCore", targets: ["RelGraphCore"]),
        .library(name: "RelGraphRender", targets: ["RelGraphRender"]),
        .library(name: "RelGraphStore", targets: ["RelGraphStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Graphviz's C library (libgvc + libcgraph), found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Pure Swift: text -> mentions -> graph -> analysis. No C.
        .target(
            name: "RelGraphCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/kb"), .copy("Resources/report"), .copy("Resources/wikidata")]
        ),
        // The only target that talks to Graphviz.
        .target(
            name: "RelGraphRender",
            dependencies: ["RelGraphCore", "CGraphviz"]
        ),
        // The article store (SQLite through GRDB, the system's libsqlite3); the only target that
        // talks to a database.
        .target(
            name: "RelGraphStore",
            dependencies: ["RelGraphCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "relgraph",
            dependencies: [
                "RelGraphCore",
                "RelGraphRender",
                "RelGraphStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "RelGraphCoreTests",
            dependencies: ["RelGraphCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RelGraphRenderTests",
            dependencies: ["RelGraphRender", "RelGraphCore"]
        ),
        // Runs the built `relgraph` executable: exit codes, files written, stdout.
        .testTarget(
            name: "relgraphTests",
            dependencies: ["relgraph", "RelGraphCore", "RelGraphRender", "RelGraphStore", .product(name: "Yams", package: "Yams")]
        ),
    ]
)
