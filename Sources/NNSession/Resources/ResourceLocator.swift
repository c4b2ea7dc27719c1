import Foundation

/// Finds the folders nnplay ships beside its code (`datasets/` for `DatasetFolder`,
/// `lessons/` for `LessonFolder`)
/// wherever the program was started from.
///
/// The places looked at, in order:
/// 1. `$NNPLAY_HOME/<name>`, when `NNPLAY_HOME` is set (an explicit choice wins);
/// 2. `<root>/<name>` for the nearest folder `<root>` at or above the working
///    directory that holds a `Package.swift` (the repository being worked in);
/// 3. `<dir>/<name>` for each folder `<dir>` above the executable's real path
///    (symlinks resolved), nearest first, so `.build/release/nnplay` finds the
///    repository root and `/opt/nnplay/bin/nnplay` finds `/opt/nnplay/<name>`.
///
/// The first of these that exists as a directory is the answer. Everything the
/// locator reads from the process is a stored property, so tests can point it
/// anywhere.
package struct ResourceLocator: Sendable, Equatable {
    /// The environment variable that names an installation folder.
    package static let homeVariable = "NNPLAY_HOME"

    /// The process environment (only `NNPLAY_HOME` is read).
    package var environment: [String: String]
    /// The folder relative paths are resolved against.
    package var workingDirectory: String
    /// The running program's file, symlinks resolved; nil when unknown.
    package var executablePath: String?

    package init(environment: [String: String], workingDirectory: String, executablePath: String?) {
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.executablePath = executablePath
    }

    /// The locator of the running process.
    package static func current() -> ResourceLocator {
        ResourceLocator(environment: ProcessInfo.processInfo.environment,
                        workingDirectory: FileManager.default.currentDirectoryPath,
                        executablePath: runningExecutablePath())
    }

    /// Every place `name` is looked for, in order (whether or not it exists).
    package func candidates(for name: String) -> [String] {
        var result: [String] = []
        if let home = environment[Self.homeVariable], !home.isEmpty {
            result.append(Self.join(absolute(home), name))
        }
        if let root = Self.ancestors(of: absolute(workingDirectory)).first(where: Self.isPackageRoot) {
            result.append(Self.join(root, name))
        }
        if let executable = executablePath {
            let folder = (absolute(executable) as NSString).deletingLastPathComponent
            result += Self.ancestors(of: folder).map { Self.join($0, name) }
        }
        var seen = Set<String>()
        return result.filter { seen.insert($0).inserted }
    }

    /// The first existing folder called `name` (see the type's description), or nil.
    package func directory(named name: String) -> String? {
        candidates(for: name).first(where: Self.isDirectory)
    }

    /// `path` made absolute against the working directory, with `.` and `..` removed.
    func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : Self.join(workingDirectory, path)
        return (full as NSString).standardizingPath
    }

    /// `folder`, its parent, its parent's parent ... up to `/`.
    static func ancestors(of folder: String) -> [String] {
        var result: [String] = []
        var current = folder
        while true {
            result.append(current)
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { break }
            current = parent
        }
        return result
    }

    static func join(_ folder: String, _ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func isPackageRoot(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: join(folder, "Package.swift"))
    }

    /// The real path of the running executable: `/proc/self/exe` on Linux, otherwise
    /// Foundation's idea of the main executable, with symlinks resolved.
    static func runningExecutablePath() -> String? {
        #if os(Linux)
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return target
        }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath().path
    }
}
