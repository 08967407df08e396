// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "TraCuu",
    // Built and tested on Linux; on macOS, Synchronization's Mutex needs macOS 15.
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "TraCuuText", targets: ["TraCuuText"]),
        .library(name: "TraCuu", targets: ["TraCuu"]),
        .library(name: "TraCuuEvaluation", targets: ["TraCuuEvaluation"]),
        .executable(name: "tracuu", targets: ["tracuu"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        .target(name: "CZlib", linkerSettings: [.linkedLibrary("z")]),
        .target(name: "CZstd", linkerSettings: [.linkedLibrary("zstd")]),
        // CRC-32C with the processor's instruction, for index file checksums.
        .target(name: "CChecksum"),
        // A header-only prefetch hint for the index builder's tables.
        .systemLibrary(name: "CPrefetch"),
        .target(name: "TraCuuText", dependencies: ["CICU"]),
        .target(name: "TraCuu", dependencies: ["TraCuuText", "CZstd", "CChecksum", "CPrefetch"]),
        // Ranking metrics (MRR, nDCG, recall) for any engine: `tracuu eval` and the benchmarks.
        .target(name: "TraCuuEvaluation"),
        .executableTarget(
            name: "tracuu",
            dependencies: [
                "TraCuu", "TraCuuEvaluation", "CZlib",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer targets for every reader of outside bytes (`Fuzz/run.sh`); built without
        // `-DFUZZING`, a tool that writes their seeds and replays saved inputs.
        .systemLibrary(name: "CFuzzerDriver", path: "Fuzz/CFuzzerDriver"),
        .executableTarget(
            name: "TraCuuFuzz",
            dependencies: ["TraCuu", "TraCuuText", "CFuzzerDriver"],
            path: "Fuzz/Sources"
        ),
        .target(
            name: "TraCuuTestSupport",
            dependencies: ["TraCuu"],
            path: "Tests/TraCuuTestSupport"
        ),
        .testTarget(name: "TraCuuTextTests", dependencies: ["TraCuuText", "TraCuuTestSupport"]),
        .testTarget(name: "TraCuuTests", dependencies: ["TraCuu", "TraCuuTestSupport"]),
        .testTarget(name: "TraCuuEvaluationTests", dependencies: ["TraCuuEvaluation"]),
        .testTarget(name: "TraCuuCLITests", dependencies: ["tracuu", "TraCuuTestSupport"]),
    ]
)
