import Foundation
import NNCore

/// The machine-readable report of `nnplay train --json`: one JSON object, keys in
/// sorted order, every key always present. Early stopping adds `stopped_early`,
/// `best_epoch` (the epoch of this run with the lowest validation loss; null without
/// `--patience`) and `restored_best`; the validation set its `validation_*` metrics;
/// `threshold` is the decision threshold the two-class metrics are counted at (null
/// for more classes and regression). Metrics that do not apply (accuracy for
/// regression, a test loss with no test set) and values that are not finite numbers
/// (NaN after divergence, an undefined AUC) are `null`.
struct JSONReport: Encodable {
    /// One value of the object.
    enum Value {
        case int(Int?)
        case number(Double?)
        case text(String?)
        case flag(Bool)
        case integers([Int])
        case table([[Int]]?)
        case config(TrainingConfig)
    }

    /// The object's keys and values (encoded in sorted key order).
    private(set) var fields: [(key: String, value: Value)] = []

    init(_ s: TrainingSummary) {
        let c = s.config
        add("dataset", .text(s.datasetName))
        add("problem", .text(s.problem.isClassification ? "classification" : "regression"))
        add("classes", .int(s.problem.isClassification ? s.problem.classCount : nil))
        add("points", .int(s.pointCount))
        add("train_points", .int(s.trainCount))
        add("validation_points", .int(s.validationCount))
        add("test_points", .int(s.testCount))
        add("layers", .integers(s.layerSizes))
        add("parameters", .int(s.parameterCount))
        add("config", .config(c))
        add("epochs", .int(s.epochs))
        add("steps", .int(s.steps))
        add("total_epochs", .int(s.totalEpochs))
        add("total_steps", .int(s.totalSteps))
        add("seconds", .number(s.seconds))
        add("epochs_per_second", .number(s.epochsPerSecond))
        add("diverged", .flag(s.divergedAtStep != nil))
        add("diverged_at_step", .int(s.divergedAtStep))
        add("penalty", .number(s.evaluation.penalty))
        add("saved", .text(s.savedTo))
        add("threshold", .number(c.twoClassThreshold(for: s.problem)))
        add("early_stopping", .flag(c.patience != nil))
        add("stopped_early", .flag(s.stoppedEarly))
        add("best_epoch", .int(s.bestEpoch))
        add("restored_best", .flag(s.restoredBest))
        addSet("train", s.evaluation.train)
        addSet("validation", s.evaluation.validation)
        addSet("test", s.evaluation.test)
    }

    /// The metrics of one set under `prefix_` keys (all null when the set is absent).
    private mutating func addSet(_ prefix: String, _ set: SetEvaluation?) {
        let scores = set.flatMap(ClassScores.init)
        let regression = set?.regression
        add("\(prefix)_loss", .number(set?.loss))
        add("\(prefix)_loss_with_penalty", .number(set?.lossWithPenalty))
        add("\(prefix)_accuracy", .number(scores?.accuracy))
        add("\(prefix)_precision", .number(scores?.precision))
        add("\(prefix)_recall", .number(scores?.recall))
        add("\(prefix)_f1", .number(scores?.f1))
        add("\(prefix)_mcc", .number(scores?.mcc))
        add("\(prefix)_auc", .number(scores?.auc))
        add("\(prefix)_confusion", .table(set?.confusion?.counts))
        add("\(prefix)_mse", .number(regression?.meanSquaredError))
        add("\(prefix)_mae", .number(regression?.meanAbsoluteError))
        add("\(prefix)_r2", .number(regression?.rSquared))
    }

    private mutating func add(_ key: String, _ value: Value) {
        fields.append((key, value))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (name, value) in fields {
            let key = Key(name)
            switch value {
            case .int(let n?): try container.encode(n, forKey: key)
            case .number(let x?) where x.isFinite: try container.encode(x, forKey: key)
            case .text(let t?): try container.encode(t, forKey: key)
            case .flag(let b): try container.encode(b, forKey: key)
            case .integers(let list): try container.encode(list, forKey: key)
            case .table(let rows?): try container.encode(rows, forKey: key)
            case .config(let config): try container.encode(config, forKey: key)
            case .int(nil), .number, .text(nil), .table(nil): try container.encodeNil(forKey: key)
            }
        }
    }

    /// The report as one line of JSON with sorted keys.
    func text() -> String { JSONLine.encode(self) }

    /// A key given by its string.
    struct Key: CodingKey {
        let stringValue: String
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }
}
