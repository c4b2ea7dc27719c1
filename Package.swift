// swift-tools-version: 6.0
import PackageDescription

/// The core and the kernels are optimised even in debug builds: unspecialised SIMD code
/// is ~100x slower, which would make the test suite crawl.
/// -fno-math-errno: on Linux squareRoot() otherwise goes through errno-setting libm sqrt,
/// which stops LLVM vectorising the AdaGrad/RMSProp/Adam loops (same bits either way).
let optimisedSwiftSettings: [SwiftSetting] = [
    .unsafeFlags(["-O"], .when(configuration: .debug)),
    .unsafeFlags(["-Xcc", "-fno-math-errno"]),
]

/// The hot kernels (Sources/NNKernels) use SIMD types and explicit fused multiply-adds.
/// They are built for the baseline instruction set, which runs on every x86-64 and arm64
/// CPU; on x86-64 the same files are built a second time for Haswell (AVX2 + FMA, every
/// x86-64 CPU since 2013: Sources/NNKernelsHaswell links to them), and NNCore's
/// `KernelPath` picks that copy at run time when CPUID says it can run. Results are
/// bit-identical either way because every fused multiply-add is explicit in the source.
#if arch(x86_64)
let haswellKernels: [Target] = [
    .target(name: "NNKernelsHaswell", dependencies: ["NNPrimitives"],
            swiftSettings: optimisedSwiftSettings + [.unsafeFlags(["-target-cpu", "haswell"])]),
]
let kernelTargets: [Target.Dependency] = ["NNKernels", "NNKernelsHaswell"]
#else
let haswellKernels: [Target] = []
let kernelTargets: [Target.Dependency] = ["NNKernels"]
#endif

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
        // Value types and lane maths shared by the core and the kernels (see NNCore/Exports.swift).
        .target(name: "NNPrimitives", swiftSettings: optimisedSwiftSettings),
        // The hot kernels, built for the baseline instruction set (see above).
        .target(name: "NNKernels", dependencies: ["NNPrimitives"], swiftSettings: optimisedSwiftSettings),
        // Whether this CPU can run the Haswell kernels (CPUID; NNPLAY_CPU=baseline forces the baseline).
        .target(name: "CCPUFeatures"),
        // Pure, deterministic training core: no I/O, no threads, no clocks.
        .target(name: "NNCore", dependencies: ["NNPrimitives", "CCPUFeatures"] + kernelTargets,
                swiftSettings: optimisedSwiftSettings),
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
        .testTarget(name: "NNCoreTests", dependencies: ["NNCore"] + kernelTargets),
        // Lessons and recorded sessions live in Tests/NNSessionTests/{Lessons,Sessions}, read through #filePath.
        .testTarget(name: "NNSessionTests", dependencies: ["NNCore", "NNSession"], exclude: ["Lessons", "Sessions"]),
        // Golden frames live in Tests/NNTUITests/Golden and are read through #filePath.
        .testTarget(name: "NNTUITests", dependencies: ["NNTUI", "NNCore", "NNSession"], exclude: ["Golden"]),
        // Runs the real `nnplay` binary; depending on the executable makes `swift test` build it.
        .testTarget(name: "NNPlayCLITests", dependencies: ["NNCore", "NNSession", "nnplay"]),
        // Runs the real binary in tmux (skipped where tmux is missing).
        .testTarget(name: "NNPlayE2ETests", dependencies: ["nnplay"]),
    ] + haswellKernels,
    swiftLanguageModes: [.v6]
)
