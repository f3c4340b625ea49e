// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "claimaudit",
    products: [
        .executable(name: "claimaudit", targets: ["claimaudit"]),
        .library(name: "ClaimAudit", targets: ["ClaimAudit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CLibXSLT",
            pkgConfig: "libxslt",
            providers: [.apt(["libxslt1-dev"]), .brew(["libxslt"])]
        ),
        .target(
            name: "ClaimAudit",
            dependencies: ["CLibXML2", "CLibXSLT"]
        ),
        .executableTarget(
            name: "claimaudit",
            dependencies: [
                "ClaimAudit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark harness (README "Performance"); not part of the product.
        .executableTarget(
            name: "claimaudit-bench",
            dependencies: ["ClaimAudit"]
        ),
        .testTarget(
            name: "ClaimAuditTests",
            dependencies: ["ClaimAudit", "claimaudit"],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
