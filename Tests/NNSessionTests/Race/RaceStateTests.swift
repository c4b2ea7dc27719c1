import NNCore
import NNSession
import Testing

/// The race's pure state: lockstep equivalence with each setup trained alone, shared
/// initial weights, divergence of one variant, the data shared by all, and replay.
@Suite struct RaceStateTests {
    static func base() -> TrainingConfig {
        var config = TrainingConfig()
        config.dataset.kind = .circle
        config.dataset.count = 200
        config.hiddenLayers = [4]
        config.seed = 7
        config.dataset.validationRatio = 0.2
        return config
    }

    static func variants() -> [(name: String, config: TrainingConfig)] {
        var adam = base(), sgd = base(), deep = base(), stopping = base()
        adam.optimizer = OptimizerConfig(kind: .adam, learningRate: 0.01)
        sgd.optimizer = OptimizerConfig(kind: .sgd, learningRate: 0.1)
        sgd.batchSize = 25  // more steps per epoch than the others
        deep.hiddenLayers = [8, 8]
        stopping.patience = 2
        return [("adam", adam), ("sgd", sgd), ("deep", deep), ("stopping", stopping)]
    }

    /// The reference: `trainer` alone, epoch by epoch, with early stopping as
    /// `nnplay train` does it (`Trainer.endEpochForEarlyStopping`), independent of the
    /// playground's and the race's code.
    static func alone(_ config: TrainingConfig, epochs: Int) throws -> Trainer {
        var trainer = try Trainer(config: config, dataset: DatasetFactory.make(config, loaded: nil))
        var stopper = config.earlyStopping
        for _ in 0..<epochs where trainer.divergedAtStep == nil {
            trainer.trainEpoch()
            if var rule = stopper {
                let stop = trainer.endEpochForEarlyStopping(&rule)
                stopper = rule
                if stop { break }
            }
        }
        return trainer
    }

    @Test func eachVariantEndsWithTheBitsOfItsSetupTrainedAlone() throws {
        let variants = [Self.variants()[0], Self.variants()[1], Self.variants()[2]]
        var race = try RaceState(variants: variants)
        race.run(epochs: 12)
        for (entrant, variant) in zip(race.entrants, variants) {
            let trainer = try Self.alone(variant.config, epochs: 12)
            #expect(entrant.playground.trainer.epochs == 12, "\(entrant.name)")
            #expect(entrant.playground.trainer.network.parameters == trainer.network.parameters, "\(entrant.name)")
        }
        // Lockstep in steps: the race took as many steps as its longest variant.
        #expect(race.sessionStep == race.entrants.map(\.playground.trainer.steps).max())
        #expect(!race.isPlaying)
    }

    @Test func earlyStoppingStopsOneVariantAndTheOthersGoOn() throws {
        let variants = [Self.variants()[0], Self.variants()[3]]
        var stoppingBase = variants[1].config
        stoppingBase.optimizer = OptimizerConfig(kind: .sgd, learningRate: 3)  // noisy: stops early
        var race = try RaceState(variants: [variants[0], ("stopping", stoppingBase)])
        race.run(epochs: 60)
        #expect(race.entrants[0].playground.trainer.epochs == 60)
        #expect(race.entrants[1].playground.trainer.epochs < 60)
        for entrant in race.entrants {
            let trainer = try Self.alone(entrant.config, epochs: 60)
            #expect(entrant.playground.trainer.network.parameters == trainer.network.parameters, "\(entrant.name)")
            #expect(entrant.playground.trainer.epochs == trainer.epochs, "\(entrant.name)")
        }
    }

    @Test func variantsOfTheSameShapeStartFromTheSameWeights() throws {
        let race = try RaceState(variants: Self.variants())
        let parameters = race.entrants.map(\.playground.trainer.network.parameters)
        #expect(parameters[0] == parameters[1])  // adam and sgd: same shape and initializer
        #expect(parameters[0] == parameters[3])
        #expect(parameters[0].count != parameters[2].count)
        #expect(race.entrants.allSatisfy { $0.playground.trainer.split.train == race.entrants[0].playground.trainer.split.train })
    }

    @Test func aDivergedVariantIsMarkedAndTheOthersGoOn() throws {
        var wild = Self.base()
        wild.optimizer = OptimizerConfig(kind: .sgd, learningRate: 1e6)
        wild.hiddenLayers = [8, 8]
        wild.activation = .relu
        var race = try RaceState(variants: [("calm", Self.variants()[0].config), ("wild", wild)])
        race.run(epochs: 20)
        #expect(race.entrants[1].isDiverged)
        #expect(race.entrants[0].playground.trainer.epochs == 20)
        #expect(!race.entrants[0].isDiverged)
        // Playing again: the diverged one refuses, the race goes on without it.
        race.apply(.all(.play))
        #expect(race.isPlaying)
        #expect(race.lastRejection?.message.contains("wild: training diverged") == true)
        race.apply(.all(.pause))
        race.apply(.all(.resetWeights))
        #expect(!race.entrants[1].isDiverged)
    }

    @Test func variantsMustShareTheirData() throws {
        var other = Self.base()
        other.dataset.noise = 0.3
        #expect(throws: InputError.self) { try RaceState(variants: [("a", Self.base()), ("b", other)]) }
        var seeded = Self.base()
        seeded.seed = 8
        #expect(throws: InputError.self) { try RaceState(variants: [("a", Self.base()), ("b", seeded)]) }
        #expect(throws: InputError.self) { try RaceState(variants: [("a", Self.base())]) }
    }

    @Test func newDataForOneVariantIsNewDataForAll() throws {
        var race = try RaceState(variants: Self.variants())
        var config = race.entrants[1].config
        config.dataset.kind = .xor
        config.optimizer.learningRate = 0.05
        race.apply(.variant(id: 1, .configure(config)))
        #expect(race.lastRejection == nil)
        #expect(race.entrants.allSatisfy { $0.config.dataset.kind == .xor })
        #expect(race.entrants[1].config.optimizer.learningRate == 0.05)
        #expect(race.entrants[0].config.optimizer.learningRate == 0.01)  // its own settings kept
        #expect(race.entrants.allSatisfy { $0.playground.trainer.split.train == race.entrants[0].playground.trainer.split.train })
    }

    @Test func commandsForOneOrAllAreCheckedAndVariantsComeAndGo() throws {
        var race = try RaceState(variants: Array(Self.variants().prefix(2)))
        race.apply(.variant(id: 0, .play))
        #expect(race.lastRejection != nil && !race.isPlaying)
        race.apply(.all(.configure(Self.base())))
        #expect(race.lastRejection != nil)
        race.apply(.remove(id: 0))
        #expect(race.lastRejection?.message == "a race has at least 2 variants" && race.entrants.count == 2)
        race.apply(.add(copyOf: 1, name: "copy"))
        race.apply(.add(copyOf: 1, name: "copy 2"))
        race.apply(.add(copyOf: 1, name: "copy 3"))
        #expect(race.entrants.map(\.id) == [0, 1, 2, 3] && race.lastRejection != nil)
        race.apply(.remove(id: 0))
        #expect(race.entrants.map(\.name) == ["sgd", "copy", "copy 2"])
        race.apply(.all(.setPace(.epochsPerSecond(10))))
        // 10 epochs/s of the variant with most steps per epoch (sgd, batches of 25).
        let sgdSteps = race.entrants[0].playground.trainer.stepsPerEpoch
        #expect(race.entrants.allSatisfy { $0.playground.trainer.stepsPerEpoch <= sgdSteps })
        #expect(race.stepsPerSecond == 10 * sgdSteps && sgdSteps > 1)
    }
}
