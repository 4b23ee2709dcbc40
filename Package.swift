// swift-tools-version:6.0
import PackageDescription

/// Concept targets, bottom to top. Each depends only on the ones before it:
/// FellowshipSupport → PSF → ExampleBank → Mapping → … ; XMLSupport alone imports libxml2.
let package = Package(
    name: "fellowship",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "FellowshipKit", targets: ["FellowshipKit"]),
        .executable(name: "fellowship", targets: ["fellowship"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // System libraries.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),

        // Build tooling: Resources/ YAML becomes Swift string literals, so a copied binary needs no files.
        // It runs the analyser (Tokenisation) so the bank and the cue phrases are tokenised and stemmed at build time.
        .executableTarget(name: "ResourceEmbedder", dependencies: ["Yams", "FellowshipSupport", "Tokenisation"]),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["ResourceEmbedder"]),

        // Library targets, one concept each.
        .systemLibrary(name: "CCMark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"]), .brew(["snowball"])]),
        .target(name: "XMLSupport", dependencies: ["CLibXML2"]),
        .target(name: "FellowshipSupport", dependencies: ["Yams"]),
        .target(
            name: "PSF",
            dependencies: ["FellowshipSupport"],
            plugins: ["EmbedResources"]
        ),
        // The analyser itself (normalising, tokenising, stemming), without bundled data, so the build tool can use it;
        // TextAnalysis re-exports it with the bundled data.
        .target(name: "Tokenisation", dependencies: ["FellowshipSupport", "CStemmer"]),
        .target(
            name: "TextAnalysis",
            dependencies: ["FellowshipSupport", "Tokenisation"],
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "ExampleBank",
            dependencies: ["PSF", "TextAnalysis", "Yams"],
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "Mapping",
            dependencies: ["ExampleBank"],
            plugins: ["EmbedResources"]
        ),
        .target(name: "Claims", dependencies: ["PSF", "TextAnalysis", "CCMark"]),
        .target(name: "Checking", dependencies: ["Claims", "Mapping"]),
        .target(name: "Drafting", dependencies: ["Checking", "Mapping", "ExampleBank", "Yams"]),
        .target(name: "Reporting", dependencies: ["Checking", "ExampleBank", "XMLSupport"]),
        .target(
            name: "Export",
            dependencies: ["Reporting", "XMLSupport", "ZIPFoundation"],
            plugins: ["EmbedResources"]
        ),
        .target(name: "Importing", dependencies: ["Claims", "PSF", "XMLSupport", "FellowshipSupport", "ZIPFoundation"]),
        .target(
            name: "Facilitation",
            dependencies: ["Reporting", "Drafting", "Checking", "ExampleBank", "Importing"],
            plugins: ["EmbedResources"]
        ),
        .target(name: "FellowshipKit", dependencies: ["FellowshipSupport", "PSF", "TextAnalysis", "ExampleBank", "Mapping", "Claims", "Checking", "Drafting", "Reporting", "Facilitation", "Export", "Importing", "XMLSupport"]),

        // Benchmarks (`make bench`) and mapper evaluation and calibration (`make eval`, `make calibrate`); not the product.
        .executableTarget(name: "fellowship-bench", dependencies: ["Checking", "Claims", "Mapping", "PSF", "ExampleBank", "TextAnalysis", "FellowshipSupport"], path: "Sources/Benchmarks"),
        .executableTarget(name: "fellowship-eval", dependencies: ["Mapping", "FellowshipSupport", "PSF", "ExampleBank", "TextAnalysis"], path: "Sources/MapperEvaluation"),

        // The command-line shell.
        .executableTarget(
            name: "fellowship",
            dependencies: ["FellowshipKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Tests mirror the source targets; TestSupport holds shared helpers (like ArgumentParserTestHelpers).
        .target(name: "TestSupport", dependencies: ["FellowshipKit"], path: "Tests/TestSupport"),
        .testTarget(name: "XMLSupportTests", dependencies: ["XMLSupport"]),
        .testTarget(name: "FellowshipSupportTests", dependencies: ["FellowshipSupport"]),
        .testTarget(name: "PSFTests", dependencies: ["PSF", "TestSupport"]),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis"]),
        .testTarget(name: "ExampleBankTests", dependencies: ["ExampleBank", "TestSupport"]),
        .testTarget(name: "MappingTests", dependencies: ["Mapping", "TestSupport"]),
        .testTarget(name: "ClaimsTests", dependencies: ["Claims", "TestSupport"]),
        .testTarget(name: "CheckingTests", dependencies: ["Checking", "TestSupport"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "TestSupport"]),
        .testTarget(name: "DraftingTests", dependencies: ["Drafting", "Claims", "Checking", "TestSupport"]),
        .testTarget(name: "FacilitationTests", dependencies: ["Facilitation", "TestSupport"]),
        .testTarget(name: "ExportTests", dependencies: ["Export", "TestSupport", "ZIPFoundation"]),
        .testTarget(name: "ImportingTests", dependencies: ["Importing", "Export", "Checking", "TestSupport", "ZIPFoundation"]),
        .testTarget(name: "FellowshipCLITests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
