import Foundation

/// The shipped `lessons/` and `datasets/` compiled into the binary (the list `files`
/// is generated at build time by the EmbedShippedFiles plugin), the last fallback of
/// `ResourceLocator` for a binary copied alone.
///
/// Everything else reads these folders as files (a lesson names its CSV files, a
/// dataset is a path), so the embedded copy is unpacked once into the user's cache,
/// `~/.cache/nnplay/shipped-<fingerprint>/`, and found there like an installed folder.
/// The folder's name carries a fingerprint of every file, so two nnplay versions never
/// share one, and it is written into a temporary folder renamed into place, so a kill
/// or a second nnplay starting at the same time never leaves a half-written copy.
package enum EmbeddedShippedFiles {
    /// One embedded file: `folder/name` and its bytes as base64.
    struct File: Sendable {
        let folder: String
        let name: String
        let base64: String
    }

    /// The folders embedded (those that have at least one file).
    package static var folders: Set<String> { Set(files.map(\.folder)) }

    /// A fingerprint of every embedded file's name and bytes (`ContentHash`).
    package static let fingerprint: String = ContentHash.of(files.map { "\($0.folder)/\($0.name)\n\($0.base64)\n" }.joined())

    /// The folder holding the unpacked copy (`lessons/`, `datasets/`) under `cacheRoot`,
    /// unpacking it first if needed; when that cannot be written (a read-only home),
    /// under a folder of the temporary directory only this user can use. Nil only
    /// when neither works.
    package static func unpacked(cacheRoot: String) -> String? {
        let name = "shipped-\(fingerprint)"
        if let folder = unpack(into: (cacheRoot as NSString).appendingPathComponent(name)) { return folder }
        guard let scratch = privateTemporaryFolder() else { return nil }
        return unpack(into: (scratch as NSString).appendingPathComponent(name))
    }

    /// `$TMPDIR/nnplay-<user>` when it is this user's alone (a directory, not a link,
    /// owned by the user, closed to others), made if missing; otherwise a fresh folder
    /// with a random name. Another user can never slip lessons in.
    private static func privateTemporaryFolder() -> String? {
        let manager = FileManager.default
        let temporary = NSTemporaryDirectory()
        let mine = (temporary as NSString).appendingPathComponent("nnplay-\(NSUserName())")
        let privately: [FileAttributeKey: Any] = [.posixPermissions: 0o700]
        if !manager.fileExists(atPath: mine) {
            try? manager.createDirectory(atPath: mine, withIntermediateDirectories: false, attributes: privately)
        }
        if isPrivate(mine) { return mine }
        let fresh = (temporary as NSString).appendingPathComponent("nnplay-\(UUID().uuidString)")
        guard (try? manager.createDirectory(atPath: fresh, withIntermediateDirectories: false,
                                            attributes: privately)) != nil else { return nil }
        return fresh
    }

    /// Whether `path` is a directory (not a symbolic link) of this user that no one
    /// else may write or read.
    private static func isPrivate(_ path: String) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeDirectory,
              attributes[.ownerAccountName] as? String == NSUserName(),
              let permissions = attributes[.posixPermissions] as? NSNumber else { return false }
        return permissions.intValue & 0o077 == 0
    }

    /// `target` once it holds every file: already there, or written now into
    /// `target.partial-<pid>` and renamed (if another process won the race, its copy
    /// is as good). Nil when it cannot be written.
    private static func unpack(into target: String) -> String? {
        let manager = FileManager.default
        if isComplete(target) { return target }
        let partial = "\(target).partial-\(ProcessInfo.processInfo.processIdentifier)"
        try? manager.removeItem(atPath: partial)
        do {
            for file in files {
                guard let data = Data(base64Encoded: file.base64) else { return nil }
                let folder = (partial as NSString).appendingPathComponent(file.folder)
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try data.write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(file.name)))
            }
            try manager.moveItem(atPath: partial, toPath: target)
        } catch {
            try? manager.removeItem(atPath: partial)
        }
        return isComplete(target) ? target : nil
    }

    /// Whether `folder` holds every embedded file (only ever renamed into place whole).
    private static func isComplete(_ folder: String) -> Bool {
        files.allSatisfy { file in
            FileManager.default.fileExists(atPath: "\(folder)/\(file.folder)/\(file.name)")
        }
    }
}
