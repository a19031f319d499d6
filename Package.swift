// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Crosswalk",
    products: [
        .library(name: "Crosswalk", targets: ["Crosswalk"]),
        .library(name: "CrosswalkModel", targets: ["CrosswalkModel"]),
        .executable(name: "crosswalk", targets: ["CrosswalkCLI"]),
        .executable(name: "crosswalk-bench", targets: ["CrosswalkBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The hub: the canonical record, EDTF dates, diagnostics, byte I/O and the format protocols. No dependencies.
        .target(name: "CrosswalkModel"),
        // Spokes: one module per format.
        .target(name: "CrosswalkJSON", dependencies: ["CrosswalkModel"], path: "Sources/Formats/JSON"),
        .target(name: "CrosswalkCSV", dependencies: ["CrosswalkModel"], path: "Sources/Formats/CSV"),
        .target(name: "CrosswalkBibTeX", dependencies: ["CrosswalkModel"], path: "Sources/Formats/BibTeX"),
        // The umbrella library users import: the registry and the converter.
        .target(name: "Crosswalk", dependencies: ["CrosswalkModel", "CrosswalkJSON", "CrosswalkCSV", "CrosswalkBibTeX"]),
        .executableTarget(
            name: "CrosswalkCLI",
            dependencies: ["Crosswalk", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "CrosswalkBench", dependencies: ["Crosswalk"]),
        .testTarget(
            name: "CrosswalkModelTests",
            dependencies: ["CrosswalkModel", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "CrosswalkTests",
            dependencies: ["Crosswalk", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Golden"]
        ),
        .testTarget(name: "CrosswalkCLITests", dependencies: ["CrosswalkCLI", "Crosswalk"]),
        .testTarget(
            name: "BibTeXTests",
            dependencies: ["Crosswalk", "CrosswalkCLI", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
