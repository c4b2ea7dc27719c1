import Foundation
import PackagePlugin

/// Compiles the shipped `lessons/` and `datasets/` into NNSession, so that a binary
/// copied alone still has them (`EmbeddedShippedFiles`). SwiftPM resources would not
/// do: on Linux they are a bundle folder beside the binary, lost when it is copied.
///
/// The files are read at build time, so the copy inside the binary never drifts from
/// the folders: every `*.md` and `*.csv` file of the two folders is an input, and the
/// generated `ShippedFiles.swift` is rebuilt when one changes (SwiftPM asks this
/// plugin for its commands on every build, so a new file is picked up too).
@main
struct EmbedShippedFiles: BuildToolPlugin {
    /// The folders embedded, relative to the package root.
    static let folders = ["lessons", "datasets"]
    static let extensions: Set<String> = ["md", "csv"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var relative: [String] = []
        for folder in Self.folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appending(path: folder).path)) ?? []
            relative += names
                .filter { !$0.hasPrefix(".") && Self.extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .sorted()
                .map { "\(folder)/\($0)" }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "ShippedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(relative.count) shipped lessons and datasets",
                executable: try context.tool(named: "EmbedShippedFilesTool").url,
                arguments: [output.path, root.path] + relative,
                inputFiles: relative.map { root.appending(path: $0) },
                outputFiles: [output]
            ),
        ]
    }
}
