// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Glossa",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "glossa", targets: ["glossa"]),
        .library(name: "GlossaText", targets: ["GlossaText"]),
        .library(name: "GlossaGlossary", targets: ["GlossaGlossary"]),
        .library(name: "GlossaMatching", targets: ["GlossaMatching"]),
        .library(name: "GlossaExchange", targets: ["GlossaExchange"]),
        .library(name: "GlossaReporting", targets: ["GlossaReporting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // The only target that sees ICU's headers; see Sources/CICU/include/glossa_icu.h.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),
        .target(name: "GlossaText", dependencies: ["CICU"]),
        .target(
            name: "GlossaGlossary",
            dependencies: [
                "GlossaText",
                .product(name: "GRDB", package: "GRDB.swift"),
                // For incremental blob reads, which GRDB does not wrap (see ScanTables).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .target(name: "GlossaMatching", dependencies: ["GlossaText", "GlossaGlossary"]),
        .target(name: "GlossaExchange", dependencies: ["GlossaText", "GlossaGlossary"]),
        .target(name: "GlossaReporting", dependencies: ["GlossaText", "GlossaMatching"]),
        .target(
            name: "GlossaTM",
            dependencies: [
                "GlossaText", "GlossaGlossary", "GlossaExchange", "GlossaMatching",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "glossa",
            dependencies: [
                "GlossaText", "GlossaGlossary", "GlossaMatching", "GlossaReporting", "GlossaExchange", "GlossaTM",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "GlossaFuzzing",
            dependencies: ["GlossaText", "GlossaGlossary", "GlossaMatching", "GlossaExchange"]
        ),
        .executableTarget(name: "glossa-fuzz", dependencies: ["GlossaFuzzing"]),
        .executableTarget(
            name: "glossa-bench",
            dependencies: ["GlossaText", "GlossaGlossary", "GlossaMatching", "GlossaTM"]
        ),
        .testTarget(name: "GlossaTextTests", dependencies: ["GlossaText"]),
        .testTarget(name: "GlossaGlossaryTests", dependencies: ["GlossaGlossary", "GlossaMatching"]),
        .testTarget(name: "GlossaCLITests", dependencies: ["GlossaText"]),
        .testTarget(name: "GlossaFuzzingTests", dependencies: ["GlossaFuzzing"], resources: [.copy("Regressions")]),
        .testTarget(name: "GlossaMatchingTests", dependencies: ["GlossaMatching", "GlossaReporting"]),
        .testTarget(name: "GlossaExchangeTests", dependencies: ["GlossaExchange"]),
        .testTarget(name: "GlossaTMTests", dependencies: ["GlossaTM", "GlossaText", "GlossaGlossary", "GlossaMatching", "GlossaExchange"]),
    ]
)
