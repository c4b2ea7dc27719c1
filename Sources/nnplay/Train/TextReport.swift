import Foundation
import NNCore

/// The human-readable report of `nnplay train`: what was trained, how long it took,
/// and the train/test metrics side by side, then the confusion matrix.
enum TextReport {
    static func render(_ s: TrainingSummary) -> String {
        var lines = header(s)
        lines.append("")
        if let message = s.divergenceMessage {
            lines.append(message)
            return lines.joined(separator: "\n")
        }
        lines += metrics(s)
        if let confusion = s.shownSet.evaluation.confusion {
            lines.append("")
            lines.append("confusion matrix (\(s.shownSet.name), rows = actual class):")
            lines.append(confusion.formattedTable())
        }
        return lines.joined(separator: "\n")
    }

    /// What was trained and how: data, network, optimizer, regularization, timing.
    static func header(_ s: TrainingSummary) -> [String] {
        let c = s.config
        let validation = s.validationCount > 0 ? " / \(s.validationCount) validation" : ""
        var data = "\(s.datasetName): \(s.pointCount) points, \(s.trainCount) train\(validation) / \(s.testCount) test, "
            + problemText(s.problem)
        if c.dataset.kind != nil && c.dataset.noise > 0 { data += ", noise \(number(c.dataset.noise))" }
        let shape = s.layerSizes.map(String.init).joined(separator: "-")
        let features = c.features.map(\.rawValue).joined(separator: ",")
        let hidden = c.hiddenLayers.isEmpty ? "no hidden layer" : "\(c.activation.rawValue) hidden"
        var rows: [(String, String)] = [
            ("dataset", data),
            ("network", "\(shape) (\(features); \(hidden); \(c.output.rawValue) output; \(c.loss.rawValue) loss; "
                + "\(c.initializer.rawValue) init; \(s.parameterCount) parameters)"),
            ("optimizer", optimizerText(c, trainCount: s.trainCount, parameterCount: s.parameterCount)),
        ]
        let r = c.regularization
        if r.l1 > 0 || r.l2 > 0 || r.dropout > 0 {
            rows.append(("regularize", "l1 \(number(r.l1)), l2 \(number(r.l2)), dropout \(number(r.dropout))"))
        }
        // GA and CMA-ES count generations (a step and an epoch each).
        let name = c.optimizer.kind.epochName
        var trained = "\(s.epochs) \(name.plural), \(s.steps) steps in \(String(format: "%.2f", s.seconds)) s"
        if let rate = s.epochsPerSecond { trained += " (\(String(format: "%.1f", rate)) \(name.plural)/s)" }
        if s.totalEpochs != s.epochs { trained += "; \(s.totalEpochs) \(name.plural), \(s.totalSteps) steps in all" }
        trained += "; seed \(c.seed)"
        rows.append(("trained", trained))
        if let stopping = earlyStoppingText(s) { rows.append(("stopping", stopping)) }
        if let t = c.twoClassThreshold(for: s.problem), t != DecisionThreshold.standard {
            rows.append(("threshold", "\(number(t)): a score P(class 1) ≥ \(number(t)) is class 1"))
        }
        if let path = s.savedTo { rows.append(("saved", path)) }
        return rows.map { $0.0.column(11) + $0.1 }
    }

    /// What early stopping did: `stopped early at epoch 40, best epoch 30 (weights
    /// restored); patience 10, min delta 0`; nil without `--patience`.
    static func earlyStoppingText(_ s: TrainingSummary) -> String? {
        guard let patience = s.config.patience else { return nil }
        let name = s.config.optimizer.kind.epochName.singular
        var text = s.stoppedEarly ? "stopped early at \(name) \(s.epochs)" : "did not stop early"
        if let best = s.bestEpoch {
            text += ", best \(name) \(best)"
            if s.restoredBest { text += " (weights restored)" }
        }
        return text + "; patience \(patience), min delta \(number(s.config.minDelta))"
    }

    /// The metric table: one row per metric, a column for each set.
    static func metrics(_ s: TrainingSummary) -> [String] {
        let train = s.evaluation.train
        let validation = s.evaluation.validation
        let test = s.evaluation.test
        var rows: [(String, (SetEvaluation) -> Double?)] = [("loss", { $0.loss })]
        if s.hasPenalty { rows.append(("loss+penalty", { $0.lossWithPenalty })) }
        if case .classification(let k) = s.problem {
            let suffix = k == 2 ? "" : " (macro)"
            rows += [
                ("accuracy", { ClassScores($0)?.accuracy }),
                ("precision" + suffix, { ClassScores($0)?.precision }),
                ("recall" + suffix, { ClassScores($0)?.recall }),
                ("F1" + suffix, { ClassScores($0)?.f1 }),
                ("MCC", { ClassScores($0)?.mcc }),
            ]
            if k == 2 { rows.append(("AUC", { ClassScores($0)?.auc })) }
        } else {
            rows += [
                ("MSE", { $0.regression?.meanSquaredError }),
                ("MAE", { $0.regression?.meanAbsoluteError }),
                ("R²", { $0.regression?.rSquared }),
            ]
        }
        let width = 18, column = 10
        var lines = ["".column(width) + "train".rightColumn(column)
                     + (validation == nil ? "" : "validation".rightColumn(column + 2))
                     + (test == nil ? "" : "test".rightColumn(column))]
        for (name, value) in rows {
            var line = name.column(width) + metric(value(train)).rightColumn(column)
            if let validation { line += metric(value(validation)).rightColumn(column + 2) }
            if let test { line += metric(value(test)).rightColumn(column) }
            lines.append(line)
        }
        if test == nil { lines.append("(no test set: --test-ratio is 0)") }
        return lines
    }

    static func problemText(_ problem: Problem) -> String {
        switch problem {
        case .regression: return "regression"
        case .classification(let k): return "\(k) classes"
        }
    }

    /// The update rule with the hyperparameters it actually uses.
    static func optimizerText(_ c: TrainingConfig, trainCount: Int, parameterCount: Int) -> String {
        let o = c.optimizer
        if o.kind.isGradientFree {
            // A generation ranks candidates by the loss on every training point.
            return EvolutionSearch.Choice(config: o, parameterCount: parameterCount).description + ", whole training set"
        }
        var parts = ["\(o.kind.rawValue), lr \(number(o.learningRate))"]
        switch o.kind {
        case .sgd, .momentum, .nesterov:
            if o.momentum > 0 { parts.append("momentum \(number(o.momentum))\(o.nesterov && o.kind != .nesterov ? " (nesterov)" : "")") }
        case .adagrad:
            parts.append("eps \(number(o.effectiveEps))")
        case .rmsprop:
            parts.append("alpha \(number(o.alpha)), eps \(number(o.effectiveEps))")
        case .adam, .adamw:
            parts.append("betas \(number(o.beta1)), \(number(o.beta2)), eps \(number(o.effectiveEps))")
            if o.kind == .adamw { parts.append("weight decay \(number(o.weightDecay))") }
        case .ga, .cmaes: break
        }
        switch c.schedule.kind {
        case .constant: break
        case .step: parts.append("lr x\(number(c.schedule.gamma)) every \(c.schedule.stepEpochs) epochs")
        case .exponential: parts.append("lr x\(number(c.schedule.gamma)) per epoch")
        }
        if let clip = c.clipNorm { parts.append("clip \(number(clip))") }
        parts.append(c.batchSize >= trainCount ? "full batch" : "batch \(c.batchSize)")
        if !c.shuffle { parts.append("no shuffle") }
        return parts.joined(separator: ", ")
    }

    /// A setting as the user would type it (`0.03`, `1e-08`).
    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
    }

    /// A metric with 4 decimals (tiny values in scientific notation); "n/a" when it does
    /// not apply or is undefined (NaN, such as the AUC of a set with one class only).
    static func metric(_ x: Double?) -> String {
        guard let x, !x.isNaN else { return "n/a" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x != 0 && abs(x) < 0.001 { return String(format: "%.2e", x) }
        return String(format: "%.4f", x)
    }
}
