// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Crosswalk",
    products: [
        .library(name: "Crosswalk", targets: ["Crosswalk"]),
        .library(name: "CrosswalkModel", targets: ["CrosswalkModel"]),
        .executable(name: "crosswalk", targets: ["CrosswalkCLI"]),
        .executable(name: "crosswalk-bench", targets: ["CrosswalkBench"]),
        .executable(name: "crosswalk-csl-suite", targets: ["CrosswalkCSLSuite"]),
        .executable(name: "crosswalk-jsonschema-suite", targets: ["CrosswalkJSONSchemaSuite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The hub: the canonical record, EDTF dates, diagnostics, byte I/O and the format protocols. No dependencies.
        .target(name: "CrosswalkModel"),
        // libxml2, the XML engine: a system library seen only by LibXML.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The only module that imports the libxml2 C API (`internal import CLibXML2`).
        .target(name: "LibXML", dependencies: ["CLibXML2"]),
        // Our XML Schemas (Schemas/*.xsd), embedded so that an installed binary needs no source tree.
        .target(name: "CrosswalkSchemas"),
        // Spokes: one module per format.
        .target(name: "CrosswalkJSON", dependencies: ["CrosswalkModel"], path: "Sources/Formats/JSON"),
        .target(name: "CrosswalkCSV", dependencies: ["CrosswalkModel"], path: "Sources/Formats/CSV"),
        .target(name: "CrosswalkBibTeX", dependencies: ["CrosswalkModel"], path: "Sources/Formats/BibTeX"),
        .target(name: "CrosswalkDublinCore", dependencies: ["CrosswalkModel", "LibXML"], path: "Sources/Formats/DublinCore"),
        // CSL-JSON, the CSL item interchange format (Zotero, pandoc, the CSL test suite): reuses the JSON parser.
        .target(name: "CrosswalkCSLJSON", dependencies: ["CrosswalkModel", "CrosswalkJSON", "CrosswalkBibTeX", "CrosswalkCitations"], path: "Sources/Formats/CSLJSON"),
        // The CSL citation engine: CSL items in, citations and bibliographies out (styles and locales read through LibXML).
        .target(name: "CrosswalkCitations", dependencies: ["LibXML"], path: "Sources/Citations"),
        // The CSL test-suite runner (Tests/Conformance/csl.sh runs it against ../shared).
        .executableTarget(name: "CrosswalkCSLSuite", dependencies: ["CrosswalkCitations"], path: "Tests/CSLSuite"),
        // The JSON Schema test-suite runner (Tests/Conformance/jsonschema.sh runs it against ../shared).
        .executableTarget(name: "CrosswalkJSONSchemaSuite", dependencies: ["CrosswalkValidation"], path: "Tests/JSONSchemaSuite"),
        // Validation: XML Schema through LibXML, with Crosswalk's own schemas (the data-model rules
        // of each format are its reader's; `crosswalk validate` runs both).
        .target(name: "CrosswalkValidation", dependencies: ["CrosswalkModel", "LibXML", "CrosswalkSchemas"], path: "Sources/Validation"),
        // The umbrella library users import: the registry and the converter.
        .target(
            name: "Crosswalk",
            dependencies: ["CrosswalkModel", "CrosswalkJSON", "CrosswalkCSV", "CrosswalkDublinCore", "CrosswalkBibTeX", "CrosswalkCSLJSON",
                           "CrosswalkValidation", "CrosswalkCitations", "LibXML"],
            exclude: ["Citing/BuiltIn/archival.csl", "Citing/BuiltIn/locales-en-US.xml"]
        ),
        .executableTarget(
            name: "CrosswalkCLI",
            dependencies: ["Crosswalk", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "CrosswalkBench", dependencies: ["Crosswalk"]),
        // Decodes (and re-encodes) every INPUT section of the CSL test suite: `swift run csljson-check FILE...`.
        .executableTarget(name: "csljson-check", dependencies: ["CrosswalkCSLJSON", "CrosswalkCitations", "CrosswalkModel"], path: "Tests/Tools/CSLJSONCheck"),
        // Shared by the test targets: the package root, SplitMix, random records, temporary folders,
        // conversions in memory, the doc-table check, and a runner for the built CLI.
        .target(name: "CrosswalkTestSupport", dependencies: ["Crosswalk"], path: "Tests/Support"),
        .testTarget(
            name: "CrosswalkModelTests",
            dependencies: ["CrosswalkModel", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        // The umbrella: conversions across formats through the Converter, and the citation jobs.
        .testTarget(
            name: "CrosswalkTests",
            dependencies: ["Crosswalk", "CrosswalkTestSupport", "LibXML", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]
        ),
        // One test target per format module, beside it.
        .testTarget(
            name: "JSONTests",
            dependencies: ["CrosswalkJSON", "Crosswalk", "CrosswalkTestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "CSVTests",
            dependencies: ["CrosswalkCSV", "Crosswalk", "CrosswalkTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "DublinCoreTests",
            dependencies: ["CrosswalkDublinCore", "Crosswalk", "CrosswalkTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "ValidationTests", dependencies: ["CrosswalkValidation", "CrosswalkTestSupport"]),
        .testTarget(name: "CrosswalkCLITests", dependencies: ["CrosswalkCLI", "Crosswalk", "CrosswalkTestSupport"]),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML", "CrosswalkTestSupport"]),
        .testTarget(name: "CitationsTests", dependencies: ["CrosswalkCitations"]),
        .testTarget(name: "SchemaTests", dependencies: ["CrosswalkSchemas"]),
        .testTarget(
            name: "CSLJSONTests",
            dependencies: ["Crosswalk", "CrosswalkCSLJSON", "CrosswalkCitations", "LibXML", "CrosswalkTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "BibTeXTests",
            dependencies: ["Crosswalk", "CrosswalkCLI", "CrosswalkTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
