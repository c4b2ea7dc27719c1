import Foundation

/// Finds the folders nnplay ships beside its code (`datasets/` for `DatasetFolder`,
/// `lessons/` for `LessonFolder`) wherever the program was started from.
///
/// The places looked at, in order (`Place`):
/// 1. `$NNPLAY_HOME/<name>`, when `NNPLAY_HOME` is set (an explicit choice wins);
/// 2. `<root>/<name>` for the nearest folder `<root>` at or above the working
///    directory that holds a `Package.swift` (the repository being worked in);
/// 3. `<prefix>/share/nnplay/<name>` where the executable's real path (symlinks
///    resolved) is `<prefix>/bin/nnplay`: what `scripts/install.sh --prefix` makes;
/// 4. `<dir>/<name>` for each folder `<dir>` above the executable, nearest first, so
///    `.build/release/nnplay` finds the repository root and `/opt/nnplay/bin/nnplay`
///    finds `/opt/nnplay/<name>`;
/// 5. the copy compiled into the binary (`EmbeddedShippedFiles`), unpacked into the
///    user's cache, when `usesEmbeddedCopy` is set (a binary copied alone).
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
    /// Whether the copy compiled into the binary is the last fallback (unpacked into
    /// the user's cache when used).
    package var usesEmbeddedCopy: Bool

    package init(environment: [String: String], workingDirectory: String, executablePath: String?,
                 usesEmbeddedCopy: Bool = false) {
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.executablePath = executablePath
        self.usesEmbeddedCopy = usesEmbeddedCopy
    }

    /// The locator of the running process, with the embedded copy as last fallback.
    package static func current() -> ResourceLocator {
        ResourceLocator(environment: ProcessInfo.processInfo.environment,
                        workingDirectory: FileManager.default.currentDirectoryPath,
                        executablePath: runningExecutablePath(), usesEmbeddedCopy: true)
    }

    /// Which rule found a folder (see the type's description), for `nnplay doctor`.
    package enum Place: String, Sendable, Equatable {
        case environment = "NNPLAY_HOME"
        case repository = "the repository in the working directory"
        case installed = "the install prefix"
        case aboveExecutable = "above the executable"
        case embedded = "the copy compiled into the binary"
    }

    /// A folder found, and by which rule.
    package struct Found: Sendable, Equatable {
        package var path: String
        package var place: Place

        package init(path: String, place: Place) {
            self.path = path
            self.place = place
        }
    }

    /// Every folder on disk where `name` is looked for, in order (whether or not it
    /// exists), with its rule; the embedded copy is not among them.
    package func places(for name: String) -> [Found] {
        var result: [Found] = []
        if let home = environment[Self.homeVariable], !home.isEmpty {
            result.append(Found(path: Self.join(absolute(home), name), place: .environment))
        }
        if let root = Self.ancestors(of: absolute(workingDirectory)).first(where: Self.isPackageRoot) {
            result.append(Found(path: Self.join(root, name), place: .repository))
        }
        if let executable = executablePath {
            let folder = (absolute(executable) as NSString).deletingLastPathComponent
            let prefix = (folder as NSString).deletingLastPathComponent
            result.append(Found(path: Self.join(prefix, "share/nnplay/\(name)"), place: .installed))
            result += Self.ancestors(of: folder).map { Found(path: Self.join($0, name), place: .aboveExecutable) }
        }
        var seen = Set<String>()
        return result.filter { seen.insert($0.path).inserted }
    }

    /// Every folder on disk where `name` is looked for, in order (for messages).
    package func candidates(for name: String) -> [String] {
        places(for: name).map(\.path)
    }

    /// The first existing folder called `name` and the rule that found it (see the
    /// type's description), or nil.
    package func find(_ name: String) -> Found? {
        if let found = places(for: name).first(where: { Self.isDirectory($0.path) }) { return found }
        guard usesEmbeddedCopy, EmbeddedShippedFiles.folders.contains(name),
              let unpacked = EmbeddedShippedFiles.unpacked(cacheRoot: UserFolders.cache(environment: environment))
        else { return nil }
        return Found(path: Self.join(unpacked, name), place: .embedded)
    }

    /// The first existing folder called `name` (see the type's description), or nil.
    package func directory(named name: String) -> String? {
        find(name)?.path
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
