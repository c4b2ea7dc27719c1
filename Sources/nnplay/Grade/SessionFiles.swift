import Foundation
import NNCore

/// The session files `nnplay grade` was given: files as they are, folders as the
/// `*.session` files directly inside them; sorted by path, without repeats, so the
/// rows come out in the same order whatever the file system lists first.
enum SessionFiles {
    static let fileExtension = "session"

    static func expand(_ paths: [String]) throws(InputError) -> [String] {
        let manager = FileManager.default
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError("no such file or folder", path: path)
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names = (try? manager.contentsOfDirectory(atPath: path)) ?? []
            files += names
                .filter { !$0.hasPrefix(".") && ($0 as NSString).pathExtension == fileExtension }
                .map { (path as NSString).appendingPathComponent($0) }
        }
        let unique = Array(Set(files)).sorted()
        guard !unique.isEmpty else {
            throw InputError("no session files (*.\(fileExtension))", path: paths.joined(separator: ", "))
        }
        return unique
    }
}
