import Foundation
import Testing
import NNCore
@testable import NNSession

/// `TextFile.read` refuses huge, endless, binary and over-long-lined files early, in
/// bounded memory, with `path:line:` and a short printable excerpt.
@Suite struct TextFileReadTests {
    let folder: SessionTemporaryFolder
    init() throws { folder = try SessionTemporaryFolder() }

    /// The description of the error reading `bytes` (written to a file) raises, or "ok".
    func refusal(_ bytes: [UInt8], limits: TextFileLimits = .standard) throws -> String {
        let file = folder.path("f.txt")
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        do {
            _ = try TextFile.read(file, limits: limits)
            return "ok"
        } catch {
            return error.description.replacingOccurrences(of: file, with: "f.txt")
        }
    }

    @Test func aNULByteIsRefusedWithItsLine() throws {
        #expect(try refusal(Array("x1,x2,label\r\n0,0,2".utf8) + [0] + Array("junk\n".utf8))
                == "f.txt:2: contains a NUL byte: not a text file")
        #expect(try refusal([UInt8](repeating: 0, count: 1 << 20)) == "f.txt:1: contains a NUL byte: not a text file")
    }

    @Test func anEndlessDeviceIsRefusedAfterTheLimit() throws {
        let limits = TextFileLimits(maxBytes: 1 << 20, maxLineBytes: 1 << 20)
        #expect(throws: InputError("contains a NUL byte: not a text file", path: "/dev/zero", line: 1)) {
            try TextFile.read("/dev/zero", limits: limits)
        }
        // /dev/urandom has NULs too, but first a too-long line is likelier: either way it stops.
        #expect(throws: InputError.self) { try TextFile.read("/dev/urandom", limits: limits) }
    }

    @Test func aLongLineIsRefusedWithAShortPrintableExcerpt() throws {
        let limits = TextFileLimits(maxBytes: 1 << 24, maxLineBytes: 1000)
        let line = Array("a,b\n".utf8) + [UInt8](repeating: UInt8(ascii: "7"), count: 5000) + [0x1B] + Array("\n".utf8)
        #expect(try refusal(line, limits: limits)
                == "f.txt:2: line longer than 1000 bytes: \"\(String(repeating: "7", count: 40))...\"")
        let escaped = [0x1B] + [UInt8](repeating: UInt8(ascii: "8"), count: 2000)
        #expect(try refusal(escaped, limits: limits)
                == "f.txt:1: line longer than 1000 bytes: \"\\u{1B}\(String(repeating: "8", count: 39))...\"")
        #expect(try refusal([UInt8](repeating: UInt8(ascii: "8"), count: 1000) + [10], limits: limits) == "ok")
    }

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let limits = TextFileLimits(maxBytes: 100, maxLineBytes: 100)
        #expect(try refusal([UInt8](repeating: 10, count: 101), limits: limits)
                == "f.txt: the file is larger than 100 bytes, the most nnplay reads from such a file")
        #expect(try refusal([UInt8](repeating: 10, count: 100), limits: limits) == "ok")
    }

    @Test func invalidUTF8NamesItsLine() throws {
        #expect(try refusal(Array("a\r\nb\rc\n".utf8) + [0xFF, 10]) == "f.txt:4: is not UTF-8 text")
    }

    @Test func directoriesAndMissingFilesAreNamed() {
        #expect(throws: InputError("is a directory, not a file", path: folder.url.path)) {
            try TextFile.read(folder.url.path)
        }
        #expect(throws: InputError("no such file", path: folder.path("none"))) { try TextFile.read(folder.path("none")) }
    }

    @Test func aFIFONobodyWritesToReadsAsEmpty() throws {
        let fifo = folder.path("fifo")
        try #require(mkfifo(fifo, 0o600) == 0)
        #expect(try TextFile.read(fifo) == "")
    }
}
