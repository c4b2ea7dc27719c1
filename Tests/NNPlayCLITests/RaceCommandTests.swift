import Foundation
import Testing

/// `nnplay race`: lockstep equivalence with `nnplay train`, shared initial weights,
/// the report's keys and the variant syntax.
@Suite struct RaceCommandTests {
    /// The figures compared bit for bit (`JSONDecoder` reads every digit).
    struct Figures: Decodable, Equatable {
        var train_loss: Double
        var test_loss: Double
        var train_accuracy: Double
        var steps: Int
        var penalty: Double
    }

    struct Race: Decodable {
        struct Variant: Decodable {
            var variant: String
            var train_loss: Double
            var test_loss: Double
            var train_accuracy: Double
            var steps: Int
            var penalty: Double
            var curve: Curve
            var figures: Figures {
                Figures(train_loss: train_loss, test_loss: test_loss, train_accuracy: train_accuracy, steps: steps, penalty: penalty)
            }
        }
        struct Curve: Decodable { var epoch: [Int], train_loss: [Double], test_loss: [Double] }
        var variants: [Variant]
    }

    static let base = ["--dataset", "circle", "--hidden", "4", "--l2", "0.001", "--epochs", "15", "--seed", "4"]

    func race(_ variants: [String], extra: [String] = []) throws -> (Race, CLIResult) {
        let result = try CLIRunner.run(["race"] + Self.base + extra + variants.flatMap { ["--variant", $0] } + ["--json", "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        return (try JSONDecoder().decode(Race.self, from: Data(result.stdout.utf8)), result)
    }

    /// Each variant ends with the same bits as `nnplay train` with the base flags and
    /// the variant's settings as flags (a variant's value wins over a base flag).
    @Test func eachVariantIsTheSameRunAsTrainAlone() throws {
        let (race, result) = try race(["optimizer=adam,lr=0.01", "optimizer=sgd,momentum=0.5", "hidden=8,8,l2=0.01"],
                                      extra: ["--momentum", "0.9"])
        let alone: [[String]] = [["--optimizer", "adam", "--lr", "0.01"], ["--optimizer", "sgd", "--momentum", "0.5"],
                                 ["--hidden", "8,8", "--l2", "0.01"]]
        let raceObject = try result.json()
        let raceKeys = try #require((raceObject["variants"] as? [[String: Any]])?.map { Set($0.keys) })
        for (variant, flags) in zip(race.variants, alone) {
            let train = try CLIRunner.run(["train"] + Self.base + ["--momentum", "0.9"] + flags + ["--json", "-q"])
            #expect(train.status == 0, "\(train.stderr)")
            let figures = try JSONDecoder().decode(Figures.self, from: Data(train.stdout.utf8))
            #expect(variant.figures == figures, "\(variant.variant)")
            #expect(variant.curve.train_loss.last == figures.train_loss)
            #expect(variant.curve.epoch == Array(0...15))
            // The same keys as `nnplay train --json`, plus the variant and its curve.
            let keys = Set(try train.json().keys).union(["variant", "curve"])
            #expect(raceKeys.contains(keys))
        }
    }

    /// Same seed, same shape: the same initial weights, so the same loss before training.
    @Test func variantsStartFromTheSameWeights() throws {
        let (race, _) = try race(["optimizer=adam", "optimizer=sgd,lr=0.3"])
        #expect(race.variants[0].curve.train_loss[0] == race.variants[1].curve.train_loss[0])
        #expect(race.variants[0].train_loss != race.variants[1].train_loss)
    }

    @Test(arguments: [
        (["optimizer=adam"], "give 2 to 4 --variant flags"),
        (["optimizer=adam", "colour=red"], "unknown setting 'colour'"),
        (["optimizer=adam", "optimizer=fast"], "unknown value 'fast'"),
        (["optimizer=adam", "adam"], "setting=value pairs"),
        (["optimizer=adam", "dataset=spiral"], "unknown setting 'dataset'"),
    ])
    func badVariantsAreRejected(variants: [String], message: String) throws {
        let result = try CLIRunner.run(["race", "--dataset", "xor", "--epochs", "1"] + variants.flatMap { ["--variant", $0] })
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
