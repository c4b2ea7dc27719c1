import NNCore
import Testing

/// What a change of settings implies, one rule per test, through the one function
/// every front end uses (`TrainingConfig.applying`).
@Suite struct SettingImplicationTests {
    /// Built-in problems only (no CSV files in the core's tests).
    static func apply(_ changes: [SettingChange], to base: TrainingConfig = TrainingConfig()) -> TrainingConfig {
        base.applying(changes, csv: nil)
    }

    static func data(_ kind: DatasetKind) -> SettingChange { Settings.dataset.change(.data(.builtIn(kind))) }

    @Test func newDataResetsThePointCount() {
        let base = TrainingConfig(dataset: DatasetConfig(kind: .spiral, count: 200))
        #expect(Self.apply([Self.data(.xor)], to: base).dataset.count == nil)
        #expect(Self.apply([Self.data(.spiral)], to: base).dataset.count == 200, "the same data keeps its count")
        let given = Self.apply([Self.data(.xor), Settings.points.change(.integer(300))], to: base)
        #expect(given.dataset.count == 300)
    }

    @Test func newDataTakesItsDefaultTestRatioUnlessOneWasChosen() {
        #expect(Self.apply([Self.data(.gateXor)]).dataset.testRatio == 0, "0.5 was circle's default: gates take 0")
        let gate = TrainingConfig(dataset: DatasetConfig(kind: .gateAnd, testRatio: 0))
        #expect(Self.apply([Self.data(.circle)], to: gate).dataset.testRatio == 0.5)
        let chosen = TrainingConfig(dataset: DatasetConfig(kind: .circle, testRatio: 0.3))
        #expect(Self.apply([Self.data(.gateXor)], to: chosen).dataset.testRatio == 0.3)
        let given = Self.apply([Settings.testRatio.change(.number(0.2)), Self.data(.gateXor)])
        #expect(given.dataset.testRatio == 0.2, "a ratio given with the data wins, in any order")
    }

    @Test func aNewProblemBringsItsNaturalOutputAndLoss() {
        let blobs = Self.apply([Self.data(.blobs)])
        #expect((blobs.output, blobs.loss) == (.softmax, .crossEntropy))
        let regression = Self.apply([Self.data(.regGauss)])
        #expect((regression.output, regression.loss) == (.linear, .meanSquaredError))
        let base = TrainingConfig(output: .tanh, loss: .meanSquaredError)
        let sameProblem = Self.apply([Self.data(.spiral)], to: base)
        #expect((sameProblem.output, sameProblem.loss) == (.tanh, .meanSquaredError), "two classes still: kept")
        let given = Self.apply([Self.data(.regGauss), Settings.output.change(.name("tanh"))])
        #expect((given.output, given.loss) == (.tanh, .meanSquaredError))
    }

    @Test func moreClassesOfBlobsIsANewProblemOnlyForBlobs() {
        let blobs = TrainingConfig(dataset: DatasetConfig(kind: .blobs), output: .softmax, loss: .meanSquaredError)
        let four = Self.apply([Settings.classes.change(.integer(4))], to: blobs)
        #expect((four.output, four.loss) == (.softmax, .crossEntropy))
        let circle = Self.apply([Settings.classes.change(.integer(4))])
        #expect((circle.output, circle.loss) == (.sigmoid, .binaryCrossEntropy), "circle has two classes whatever the count")
    }

    @Test func anOutputBringsItsNaturalLoss() {
        let softmax = Self.apply([Settings.output.change(.name("softmax"))])
        #expect(softmax.loss == .crossEntropy)
        let given = Self.apply([Settings.loss.change(.name("mse")), Settings.output.change(.name("softmax"))])
        #expect(given.loss == .meanSquaredError)
    }

    @Test func plainSGDHasNoMomentum() {
        let base = TrainingConfig(optimizer: OptimizerConfig(kind: .nesterov, momentum: 0.8))
        let sgd = Self.apply([Settings.optimizer.change(.name("sgd"))], to: base).optimizer
        #expect((sgd.kind, sgd.momentum, sgd.nesterov) == (.sgd, 0, false))
        let given = Self.apply([Settings.momentum.change(.number(0.5)), Settings.optimizer.change(.name("sgd"))], to: base)
        #expect(given.optimizer.momentum == 0.5)
    }

    @Test func momentumAndNesterovTurnMomentumOn() {
        let momentum = Self.apply([Settings.optimizer.change(.name("momentum"))]).optimizer
        #expect((momentum.momentum, momentum.nesterov) == (0.9, false))
        let nesterov = Self.apply([Settings.optimizer.change(.name("nesterov"))]).optimizer
        #expect((nesterov.momentum, nesterov.nesterov) == (0.9, true))
        let kept = TrainingConfig(optimizer: OptimizerConfig(kind: .momentum, momentum: 0.5))
        #expect(Self.apply([Settings.optimizer.change(.name("nesterov"))], to: kept).optimizer.momentum == 0.5)
    }

    @Test func nesterovsLookAheadIsOnlyForNesterov() {
        let base = TrainingConfig(optimizer: OptimizerConfig(kind: .nesterov))
        let adam = Self.apply([Settings.optimizer.change(.name("adam"))], to: base).optimizer
        #expect((adam.kind, adam.nesterov, adam.momentum) == (.adam, false, 0.9))
    }

    @Test func aRegularizationChoiceKeepsOneOn() {
        let l1 = TrainingConfig(regularization: Regularization(l1: 0.03))
        let l2 = Self.apply([Settings.regularization.change(.regularization(.l2, rate: nil))], to: l1)
        #expect(l2.regularization == Regularization(l2: 0.03), "an L1 rate carries over to L2")
        let dropout = Self.apply([Settings.regularization.change(.regularization(.dropout, rate: nil))], to: l1)
        #expect(dropout.regularization == Regularization(dropout: 0.1))
        let given = Self.apply([Settings.regularization.change(.regularization(.l2, rate: 0.001))],
                               to: TrainingConfig(regularization: Regularization(l1: 0.1, dropout: 0.2)))
        #expect(given.regularization == Regularization(l2: 0.001))
    }

    @Test func theOrderOfChangesDoesNotMatter() {
        let changes = [Settings.momentum.change(.number(0.7)), Settings.loss.change(.name("mse")),
                       Self.data(.blobs), Settings.optimizer.change(.name("momentum")), Settings.testRatio.change(.number(0.1))]
        let forward = Self.apply(changes)
        #expect(Self.apply(changes.reversed()) == forward)
        #expect(forward.optimizer.momentum == 0.7)
        #expect((forward.output, forward.loss) == (.softmax, .meanSquaredError))
        #expect(forward.dataset.testRatio == 0.1)
    }
}
