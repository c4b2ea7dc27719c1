import NNCore
import Testing

/// `nnplay datasets` lists the built-ins and the shipped CSV files.
@Suite struct DatasetsCommandTests {
    @Test func listsEveryBuiltInAndIris() throws {
        let result = try CLIRunner.run(["datasets"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(DatasetKind.allCases.count == 12)
        for kind in DatasetKind.allCases {
            #expect(lines.contains { $0.hasPrefix("  \(kind.rawValue) ") && $0.hasSuffix(kind.summary) }, "\(kind)")
        }
        #expect(lines.contains { $0.hasPrefix("  iris ") && $0.contains("150 points, 3 classes") })
    }

    @Test func findsTheDatasetsFromTheRepositoryWithoutNNPLAYHOME() throws {
        let result = try CLIRunner.run(["datasets"], in: CLIRunner.packageRoot, environment: ["NNPLAY_HOME": nil])
        #expect(result.status == 0)
        #expect(result.stdout.contains("CSV files in \(CLIRunner.packageRoot.appendingPathComponent("datasets").path)"))
    }

    @Test func aCSVDatasetByNameIsRescaledWithANote() throws {
        let result = try CLIRunner.run(["train", "--dataset", "iris", "--epochs", "2", "--json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("nnplay: note: iris: some points lie outside [-6, 6]²"))
        #expect(try result.json()["classes"] as? Int == 3)
        let quiet = try CLIRunner.run(["train", "--dataset", "iris", "--epochs", "2", "--json", "--quiet"])
        #expect(quiet.stderr.isEmpty)
    }
}
