// swift-tools-version: 6.0
import PackageDescription

/// The hot kernels use SIMD types and explicit fused multiply-adds; on x86-64 we let the
/// compiler use the machine's vector units (AVX2 and FMA, as on every x86-64 CPU since
/// 2013). Results stay bit-identical across machines because every fused multiply-add is
/// explicit in the source. The core is optimised even in debug builds: unspecialised SIMD
/// code is ~100x slower, which would make the test suite crawl.
let coreSwiftSettings: [SwiftSetting] = {
    // -fno-math-errno: on Linux squareRoot() otherwise goes through errno-setting libm
    // sqrt, which stops LLVM vectorising the AdaGrad/RMSProp/Adam loops (same bits either way).
    var flags: [SwiftSetting] = [
        .unsafeFlags(["-O"], .when(configuration: .debug)),
        .unsafeFlags(["-Xcc", "-fno-math-errno"]),
    ]
    #if arch(x86_64)
    flags.append(.unsafeFlags(["-target-cpu", "haswell"]))
    #endif
    return flags
}()

let package = Package(
    name: "nnplay",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "nnplay", targets: ["nnplay"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure, deterministic training core: no I/O, no threads, no clocks.
        .target(name: "NNCore", swiftSettings: coreSwiftSettings),
        // Engine, files (models, datasets, sessions, lessons): no terminal code.
        .target(name: "NNSession", dependencies: ["NNCore"], plugins: ["EmbedShippedFiles"]),
        // Compiles lessons/ and datasets/ into NNSession at build time, the last fallback of
        // a binary copied alone (Plugins/EmbedShippedFiles).
        .plugin(name: "EmbedShippedFiles", capability: .buildTool(), dependencies: ["EmbedShippedFilesTool"]),
        .executableTarget(name: "EmbedShippedFilesTool", path: "Plugins/EmbedShippedFilesTool"),
        // The ncursesw wide-character API (see Sources/CNcursesw/shim.h).
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // Views, app state machine and backends (curses and in-memory).
        .target(name: "NNTUI", dependencies: ["NNCore", "NNSession", "CNcursesw"]),
        .executableTarget(
            name: "nnplay",
            dependencies: [
                "NNCore", "NNSession", "NNTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "NNCoreTests", dependencies: ["NNCore"]),
        // Lessons and recorded sessions live in Tests/NNSessionTests/{Lessons,Sessions}, read through #filePath.
        .testTarget(name: "NNSessionTests", dependencies: ["NNCore", "NNSession"], exclude: ["Lessons", "Sessions"]),
        // Golden frames live in Tests/NNTUITests/Golden and are read through #filePath.
        .testTarget(name: "NNTUITests", dependencies: ["NNTUI", "NNCore", "NNSession"], exclude: ["Golden"]),
        // Runs the real `nnplay` binary; depending on the executable makes `swift test` build it.
        .testTarget(name: "NNPlayCLITests", dependencies: ["NNCore", "NNSession", "nnplay"]),
        // Runs the real binary in tmux (skipped where tmux is missing).
        .testTarget(name: "NNPlayE2ETests", dependencies: ["nnplay"]),
    ],
    swiftLanguageModes: [.v6]
)
