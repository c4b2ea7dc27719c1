import Foundation

/// One finished run in a resume file: its index and final figures, each number written
/// so that it reads back as the same bits (Swift's shortest round-trip decimal; the
/// non-finite ones as the strings "nan", "inf", "-inf"; a figure that does not apply
/// as null).
struct RunLine: Decodable {
    let run: Int
    let figures: RunFigures

    init(run: Int, _ figures: RunFigures) {
        self.run = run
        self.figures = figures
    }

    /// The line, keys sorted.
    func json() -> String {
        func number(_ x: Double?) -> String {
            guard let x else { return "null" }
            if x.isNaN { return "\"nan\"" }
            if x.isInfinite { return x > 0 ? "\"inf\"" : "\"-inf\"" }
            return "\(x)"
        }
        let f = figures
        return "{\"diverged\":\(f.diverged),\"run\":\(run),\"test_accuracy\":\(number(f.testAccuracy)),"
            + "\"test_loss\":\(number(f.testLoss)),\"train_accuracy\":\(number(f.trainAccuracy)),"
            + "\"train_loss\":\(number(f.trainLoss)),\"validation_accuracy\":\(number(f.validationAccuracy)),"
            + "\"validation_loss\":\(number(f.validationLoss))}"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        func number(_ key: Keys) throws -> Double? {
            if try c.decodeNil(forKey: key) { return nil }
            if let text = try? c.decode(String.self, forKey: key) {
                switch text {
                case "nan": return .nan
                case "inf": return .infinity
                case "-inf": return -.infinity
                default: throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "not a number")
                }
            }
            return try c.decode(Double.self, forKey: key)
        }
        run = try c.decode(Int.self, forKey: .run)
        guard let trainLoss = try number(.train_loss) else {
            throw DecodingError.dataCorruptedError(forKey: .train_loss, in: c, debugDescription: "missing")
        }
        figures = RunFigures(trainLoss: trainLoss, trainAccuracy: try number(.train_accuracy),
                             validationLoss: try number(.validation_loss), validationAccuracy: try number(.validation_accuracy),
                             testLoss: try number(.test_loss), testAccuracy: try number(.test_accuracy),
                             diverged: try c.decode(Bool.self, forKey: .diverged))
    }

    private enum Keys: String, CodingKey {
        case run, diverged, train_loss, train_accuracy, validation_loss, validation_accuracy, test_loss, test_accuracy
    }
}

extension RunFigures {
    /// Figures read back from a resume file.
    init(trainLoss: Double, trainAccuracy: Double?, validationLoss: Double?, validationAccuracy: Double?,
         testLoss: Double?, testAccuracy: Double?, diverged: Bool) {
        self.trainLoss = trainLoss
        self.trainAccuracy = trainAccuracy
        self.validationLoss = validationLoss
        self.validationAccuracy = validationAccuracy
        self.testLoss = testLoss
        self.testAccuracy = testAccuracy
        self.diverged = diverged
    }
}
