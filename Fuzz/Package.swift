// swift-tools-version: 6.0
// libFuzzer targets for relgraph's parsers. Build and run with scripts/fuzz.sh (they need
// -sanitize=fuzzer, so they live outside the main package's normal build).
import PackageDescription

let package = Package(
    name: "relgraph-fuzz",
    dependencies: [.package(name: "relgraph", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzText", dependencies: ["FuzzSupport", .product(name: "RelGraphCore", package: "relgraph")]),
        .executableTarget(name: "FuzzReader", dependencies: ["FuzzSupport", .product(name: "RelGraphCore", package: "relgraph")]),
        .executableTarget(name: "FuzzOutput", dependencies: ["FuzzSupport", .product(name: "RelGraphCore", package: "relgraph")]),
        .executableTarget(name: "FuzzKnowledge", dependencies: ["FuzzSupport", .product(name: "RelGraphCore", package: "relgraph")]),
    ]
)
