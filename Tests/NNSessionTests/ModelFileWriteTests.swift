import Foundation
import NNCore
import Testing
@testable import NNSession

/// Model files are written atomically: all or nothing, never a stray temporary file.
@Suite struct ModelFileWriteTests {
    /// A fresh empty directory for one test.
    static func makeDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("nnplay-model-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        return path
    }

    static func contents(_ directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    @Test func writeIntoAMissingDirectoryFailsAndLeavesNothing() throws {
        let directory = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/missing/m.json"
        do {
            try ModelFixtures.tinyModel().write(to: path)
            Issue.record("writing into a missing directory succeeded")
        } catch {
            #expect(error.path == path)
            #expect(error.line == nil)
            #expect(error.message.hasPrefix("cannot write: "))
        }
        #expect(try Self.contents(directory) == [])
    }

    @Test func successfulWriteReplacesTheFileWhole() throws {
        let directory = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/m.json"
        try "old contents that are longer than nothing at all".write(toFile: path, atomically: false, encoding: .utf8)
        var model = ModelFixtures.tinyModel()
        try model.write(to: path)
        #expect(try ModelFile.read(path) == model)
        model.trained = TrainedCounts(steps: 99, epochs: 9)
        model.layers[0].biases[1] = -0.125
        try model.write(to: path)
        #expect(try ModelFile.read(path) == model)
        #expect(try TextFile.read(path) == (try model.encoded()))
        #expect(try Self.contents(directory) == ["m.json"])
    }

    @Test func divergedModelIsNotWrittenAndTheOldFileStays() throws {
        let directory = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/m.json"
        let good = ModelFixtures.tinyModel()
        try good.write(to: path)
        var bad = good
        bad.layers[1].weights[0][2] = .infinity
        #expect(throws: InputError("the network has diverged (NaN or infinite weights); not saving", path: path)) {
            try bad.write(to: path)
        }
        #expect(try ModelFile.read(path) == good)
        #expect(try Self.contents(directory) == ["m.json"])
    }
}
