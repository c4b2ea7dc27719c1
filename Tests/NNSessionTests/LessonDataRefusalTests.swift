import Foundation
import NNCore
import Testing
@testable import NNSession

/// A lesson's CSV dataset goes through the same reader and parser as `--data`: labels
/// beyond Int's range (which once trapped), NUL bytes and huge coordinates are
/// handled the same way, with the file and line named.
@Suite struct LessonDataRefusalTests {
    let folder: SessionTemporaryFolder
    init() throws { folder = try SessionTemporaryFolder() }

    func load(_ text: String) throws(InputError) -> Dataset {
        let file = folder.path("data.csv")
        try? Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return try LessonData(datasets: nil, lessonFolder: folder.url.path).load("data.csv")
    }

    @Test func labelsBeyondIntAreRegressionTargets() throws {
        #expect(try load("x1,x2,label\n0,0,0\n1,1,1e300\n").problem == .regression)
        #expect(throws: InputError("label -1e+19 is negative: class labels are 0..K-1 (write -1/+1 classes as 0/1), "
                                   + "or load the file as regression", path: folder.path("data.csv"), line: 1)) {
            try load("0,0,-1e19\n1,1,1e19\n")
        }
    }

    @Test func aNULByteIsRefusedWithItsLine() {
        #expect(throws: InputError("contains a NUL byte: not a text file", path: folder.path("data.csv"), line: 2)) {
            try load("0,0,0\n1,1,2\u{0}junk\n")
        }
    }

    @Test func coordinatesNearTheLargestDoubleAreRescaledToFiniteValues() throws {
        let dataset = try load("-1.79e308,0,0\n1.79e308,1,1\n0,2,0\n")
        #expect(dataset.samples.map(\.x1) == [-5, 5, 0])
    }
}
