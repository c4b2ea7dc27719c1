import Foundation
import Testing

/// The same bits on every x86-64: a fixed set of training runs and one headless replay
/// give byte-identical output (timings aside) natively and under `qemu-x86_64 -cpu
/// Nehalem`, a 2008 CPU without AVX or FMA, where nnplay must take the baseline kernels
/// and compute each fused multiply-add in software. Also natively with the baseline
/// kernels forced (`NNPLAY_CPU=baseline`), which runs wherever the tests do.
///
/// CI installs Debian's `qemu-user`; elsewhere the qemu test is skipped.
@Suite struct BaselineCPUTests {
    /// Small runs that between them cover the datasets' angles, the sin features, normal
    /// initializers, every optimizer, several activations and heads, dropout and clipping.
    static let runs: [[String]] = [
        ["train", "--dataset", "spiral", "--noise", "0.2", "--features", "x1,x2,sin1,sin2", "--hidden", "8,8",
         "--init", "xavier-normal", "--optimizer", "adam", "--epochs", "15"],
        ["train", "--dataset", "circle", "--activation", "relu", "--init", "he", "--optimizer", "rmsprop",
         "--lr", "0.01", "--clip", "1", "--epochs", "10"],
        ["train", "--dataset", "blobs", "--classes", "4", "--hidden", "6", "--activation", "swish",
         "--optimizer", "nesterov", "--dropout", "0.2", "--epochs", "10"],
        ["train", "--dataset", "reg-gauss", "--activation", "elu", "--optimizer", "adagrad", "--l2", "0.001",
         "--epochs", "10"],
        ["train", "--dataset", "moons", "--activation", "sigmoid", "--optimizer", "adamw", "--lr-schedule", "exponential",
         "--epochs", "10"],
        ["replay", "--headless", "Tests/NNSessionTests/Sessions/xor-small.session"],
    ]

    /// `qemu-x86_64` on PATH, on an x86-64 Linux machine; nil elsewhere.
    static let qemu: URL? = {
        #if os(Linux) && arch(x86_64)
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("qemu-x86_64")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        #endif
        return nil
    }()

    @Test(.enabled(if: qemu != nil, "qemu-x86_64 is not installed (Debian: apt-get install qemu-user)"))
    func nehalemGivesTheSameBytesAsThisMachine() throws {
        let qemu = try #require(Self.qemu)
        for arguments in Self.runs {
            let native = try Self.output(of: arguments)
            let emulated = try Self.output(of: arguments, launcher: [qemu.path, "-cpu", "Nehalem"])
            #expect(emulated == native, "nnplay \(arguments.joined(separator: " ")) under qemu -cpu Nehalem")
        }
    }

    @Test func theBaselineKernelsGiveTheSameBytes() throws {
        for arguments in Self.runs {
            let native = try Self.output(of: arguments)
            let baseline = try Self.output(of: arguments, environment: ["NNPLAY_CPU": "baseline"])
            #expect(baseline == native, "nnplay \(arguments.joined(separator: " ")) with NNPLAY_CPU=baseline")
        }
    }

    @Test func doctorNamesTheKernelsInUse() throws {
        let forced = try Self.run([CLIRunner.binary.path, "doctor"], environment: ["NNPLAY_CPU": "baseline"])
        #expect(forced.stdout.contains("CPU path     baseline (every x86-64 and arm64 CPU), chosen by NNPLAY_CPU=baseline"))
        if let qemu = Self.qemu {
            let old = try Self.run([qemu.path, "-cpu", "Nehalem", CLIRunner.binary.path, "doctor"], environment: [:])
            #expect(old.stdout.contains("CPU path     baseline (every x86-64 and arm64 CPU)\n"))
        }
    }

    /// `nm` and `objdump` on PATH (binutils), on x86-64 Linux; nil elsewhere.
    static let binutils: (nm: String, objdump: String)? = {
        #if os(Linux) && arch(x86_64)
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        func find(_ name: String) -> String? {
            path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        if let nm = find("nm"), let objdump = find("objdump") { return (nm, objdump) }
        #endif
        return nil
    }()

    /// The Haswell kernels and the baseline ones are the same sources, so both emit some
    /// shared helpers (generic specializations, value witnesses) under the same name and
    /// the linker keeps one copy: it must be the baseline one, or baseline code would
    /// run AVX instructions. Checks every such helper in the binary for VEX code.
    @Test(.enabled(if: binutils != nil, "nm and objdump are not installed (Debian: binutils)"))
    func sharedHelpersInTheBinaryAreBaselineCode() throws {
        let tools = try #require(Self.binutils)
        let objects = CLIRunner.binary.deletingLastPathComponent().appendingPathComponent("NNKernelsHaswell.build")
        let files = try FileManager.default.contentsOfDirectory(atPath: objects.path).filter { $0.hasSuffix(".o") }
        #expect(!files.isEmpty, "no objects in \(objects.path)")
        let symbols = try Self.run([tools.nm] + files.map { objects.appendingPathComponent($0).path }, environment: [:])
        let shared = Set(symbols.stdout.split(separator: "\n").compactMap { line -> String? in
            let fields = line.split(separator: " ")
            guard fields.count == 3, fields[1] == "W", !fields[2].hasPrefix("$s16NNKernelsHaswell") else { return nil }
            return String(fields[2])
        })
        for symbol in shared.sorted() {
            let code = try Self.run([tools.objdump, "-d", "--no-show-raw-insn", "--disassemble=\(symbol)",
                                CLIRunner.binary.path], environment: [:]).stdout
            let vex = code.split(separator: "\n").filter { $0.contains("%ymm") || $0.contains("\tv") }
            #expect(vex.isEmpty, "\(symbol) in nnplay is the Haswell copy: \(vex.prefix(3))")
        }
    }

    /// stdout of `nnplay arguments… --json` without its timings and model path, followed by the saved
    /// model (training runs); fails on a non-zero exit.
    static func output(of arguments: [String], launcher: [String] = [],
                       environment: [String: String] = [:]) throws -> String {
        let folder = try TemporaryFolder()
        let isTraining = arguments.first == "train"
        let model = folder.path("model.json")
        let all = arguments + ["--json"] + (isTraining ? ["--quiet", "--save", model] : [])
        let result = try run(launcher + [CLIRunner.binary.path] + all, environment: environment)
        #expect(result.status == 0, "nnplay \(all.joined(separator: " ")): \(result.stderr)")
        var text = result.stdout.replacing(/"(seconds|epochs_per_second|saved)":[^,}]*/, with: "")
        if isTraining { text += try String(contentsOfFile: model, encoding: .utf8) }
        return text
    }

    /// Runs `command` (its first element is the executable) in the package folder.
    static func run(_ command: [String], environment: [String: String]) throws -> CLIResult {
        let folder = try TemporaryFolder()
        let out = URL(fileURLWithPath: folder.path("stdout")), err = URL(fileURLWithPath: folder.path("stderr"))
        try Data().write(to: out)
        try Data().write(to: err)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = ProcessInfo.processInfo.environment
            .merging(["NNPLAY_HOME": CLIRunner.packageRoot.path], uniquingKeysWith: { $1 })
            .merging(environment, uniquingKeysWith: { $1 })
        process.currentDirectoryURL = CLIRunner.packageRoot
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
                         stderr: try String(contentsOf: err, encoding: .utf8))
    }
}
