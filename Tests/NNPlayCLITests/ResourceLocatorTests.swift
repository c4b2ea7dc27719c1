import Foundation
import NNSession
import Testing

/// How the shipped folders are found: `$NNPLAY_HOME`, the working directory's package
/// root, or above the executable.
@Suite struct ResourceLocatorTests {
    /// A fake installation: `repo/Package.swift`, `repo/datasets/{iris.csv,notes.txt}`,
    /// `repo/.build/release/nnplay`, and `elsewhere/` with no package.
    let tree: TemporaryFolder

    init() throws {
        tree = try TemporaryFolder()
        let manager = FileManager.default
        for folder in ["repo/datasets", "repo/.build/release", "repo/Sources/nnplay", "elsewhere", "home/datasets"] {
            try manager.createDirectory(atPath: tree.path(folder), withIntermediateDirectories: true)
        }
        try tree.write("repo/Package.swift", "// swift-tools-version: 6.0\n")
        try tree.write("repo/datasets/iris.csv", "x1,x2,label\n0,0,0\n1,1,1\n")
        try tree.write("repo/datasets/notes.txt", "not a dataset\n")
        try tree.write("repo/.build/release/nnplay", "")
    }

    func locator(cwd: String, executable: String?, home: String? = nil) -> ResourceLocator {
        ResourceLocator(environment: home.map { ["NNPLAY_HOME": $0] } ?? [:],
                        workingDirectory: tree.path(cwd), executablePath: executable.map(tree.path))
    }

    @Test func theWorkingDirectorysPackageRootIsFound() {
        let found = locator(cwd: "repo/Sources/nnplay", executable: nil).directory(named: "datasets")
        #expect(found == tree.path("repo/datasets"))
    }

    @Test func theFolderAboveTheExecutableIsFound() {
        let found = locator(cwd: "elsewhere", executable: "repo/.build/release/nnplay").directory(named: "datasets")
        #expect(found == tree.path("repo/datasets"))
    }

    @Test func nnplayHomeWins() {
        let found = locator(cwd: "repo", executable: nil, home: tree.path("home")).directory(named: "datasets")
        #expect(found == tree.path("home/datasets"))
    }

    @Test func nothingFoundIsNil() {
        #expect(locator(cwd: "elsewhere", executable: nil).directory(named: "datasets") == nil)
        #expect(locator(cwd: "repo", executable: nil).directory(named: "lessons") == nil)
    }

    @Test func csvFilesAreNamedWithoutTheirExtension() throws {
        let folder = try #require(DatasetFolder(locator: locator(cwd: "repo", executable: nil)))
        #expect(folder.names() == ["iris"])
        #expect(folder.file(named: "iris") == tree.path("repo/datasets/iris.csv"))
        #expect(folder.file(named: "iris.csv") == tree.path("repo/datasets/iris.csv"))
        #expect(folder.file(named: "IRIS") == tree.path("repo/datasets/iris.csv"))
        #expect(folder.file(named: "notes") == nil)
        #expect(folder.file(named: "datasets/iris") == nil)
    }

    @Test func anInstallPrefixsShareFolderIsFoundFromTheExecutable() throws {
        for folder in ["prefix/share/nnplay/datasets", "prefix/bin"] {
            try FileManager.default.createDirectory(atPath: tree.path(folder), withIntermediateDirectories: true)
        }
        try tree.write("prefix/bin/nnplay", "")
        let found = locator(cwd: "elsewhere", executable: "prefix/bin/nnplay").find("datasets")
        #expect(found == ResourceLocator.Found(path: tree.path("prefix/share/nnplay/datasets"), place: .installed))
    }

    @Test func eachFolderSaysWhichRuleFoundIt() {
        #expect(locator(cwd: "repo", executable: nil, home: tree.path("home")).find("datasets")?.place == .environment)
        #expect(locator(cwd: "repo/Sources", executable: nil).find("datasets")?.place == .repository)
        #expect(locator(cwd: "elsewhere", executable: "repo/.build/release/nnplay").find("datasets")?.place
                == .aboveExecutable)
    }

    @Test func theEmbeddedCopyIsTheLastFallbackAndUnpacksIntoTheUsersCache() throws {
        var alone = locator(cwd: "elsewhere", executable: nil)
        alone.environment["XDG_CACHE_HOME"] = tree.path("cache")
        #expect(alone.find("lessons") == nil)
        alone.usesEmbeddedCopy = true
        let found = try #require(alone.find("lessons"))
        #expect(found.place == .embedded)
        #expect(found.path == tree.path("cache/nnplay/shipped-\(EmbeddedShippedFiles.fingerprint)/lessons"))
        #expect(LessonFolder(path: found.path).file(named: "learning-rate") != nil)
        // A second run finds the copy already there; folders on disk still win.
        #expect(alone.find("lessons") == found)
        #expect(alone.find("no-such-folder") == nil)
        alone.workingDirectory = tree.path("repo")
        #expect(alone.find("datasets")?.place == .repository)
    }
}
