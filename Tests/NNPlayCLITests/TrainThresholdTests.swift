import Foundation
import Testing

/// `nnplay train --threshold`: the two-class figures are counted at it, the JSON
/// report says which it was, and values outside 0 … 1 are refused with the reason.
@Suite struct TrainThresholdTests {
    static let base = ["train", "--dataset", "circle", "--noise", "0.2", "--hidden", "3", "--epochs", "20",
                       "--seed", "4", "--json", "-q"]

    @Test func theFiguresFollowTheThreshold() throws {
        let middle = try CLIRunner.run(Self.base).json()
        let low = try CLIRunner.run(Self.base + ["--threshold", "0.2"]).json()
        let none = try CLIRunner.run(Self.base + ["--threshold", "0"]).json()
        #expect(middle["threshold"] as? Double == 0.5 && low["threshold"] as? Double == 0.2)
        // The same network (a threshold never changes training), read differently.
        #expect(middle["train_loss"] as? Double == low["train_loss"] as? Double)
        let recall = try #require(middle["train_recall"] as? Double), lowRecall = try #require(low["train_recall"] as? Double)
        #expect(lowRecall >= recall)
        // t = 0 calls every point class 1: the matrix's class-0 column is empty.
        let confusion = try #require(none["train_confusion"] as? [[Int]])
        #expect(confusion[0][0] == 0 && confusion[1][0] == 0)
        #expect(none["train_recall"] as? Double == 1)
    }

    @Test func moreClassesHaveNoThreshold() throws {
        let blobs = try CLIRunner.run(["train", "--dataset", "blobs", "--epochs", "2", "--json", "-q", "--threshold", "0.3"])
        #expect(blobs.status == 0, "\(blobs.stderr)")
        #expect(try blobs.json()["threshold"] is NSNull)
    }

    @Test(arguments: [("1.5", "--threshold must be between 0 and 1"), ("-0.1", "--threshold must be between 0 and 1"),
                      ("high", "not a number")])
    func refusedValuesSayWhy(value: String, reason: String) throws {
        let result = try CLIRunner.run(Self.base + ["--threshold", value])
        #expect(result.status != 0)
        #expect(result.stderr.contains(reason), "\(result.stderr)")
    }

    @Test func theHelpListsIt() throws {
        let help = try CLIRunner.run(["train", "--help"]).stdout
        #expect(help.contains("--threshold <t>"))
        #expect(help.contains("0 to 1 (default 0.5)"))
    }
}
