import Foundation

// Writes a Swift source holding files as base64 text (see the EmbedShippedFiles plugin):
//   EmbedShippedFilesTool OUTPUT.swift ROOT FOLDER/NAME ...
// Each file becomes `EmbeddedShippedFiles.File(folder:name:base64:)`; base64 keeps any
// byte (CRLF, quotes, backslashes) exact and compiles fast even for large files.

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: EmbedShippedFilesTool OUTPUT.swift ROOT [FOLDER/NAME ...]\n".utf8))
    exit(64)
}
let output = arguments[1]
let root = URL(fileURLWithPath: arguments[2])

/// `text` as a Swift string literal (names are plain file names; this only guards them).
func literal(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case _ where scalar.value < 0x20 || scalar.value == 0x7f: out += "\\u{\(String(scalar.value, radix: 16))}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

var source = """
// Generated at build time by EmbedShippedFilesTool from the package's lessons/ and
// datasets/ folders. Do not edit: edit those files.

extension EmbeddedShippedFiles {
    static let files: [File] = [

"""
for relative in arguments.dropFirst(3) {
    let parts = relative.split(separator: "/", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { continue }
    do {
        let data = try Data(contentsOf: root.appending(path: relative))
        source += "        File(folder: \(literal(parts[0])), name: \(literal(parts[1])),\n"
        source += "             base64: \"\(data.base64EncodedString())\"),\n"
    } catch {
        FileHandle.standardError.write(Data("EmbedShippedFilesTool: \(relative): \(error.localizedDescription)\n".utf8))
        exit(1)
    }
}
source += "    ]\n}\n"
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("EmbedShippedFilesTool: \(output): \(error.localizedDescription)\n".utf8))
    exit(1)
}
