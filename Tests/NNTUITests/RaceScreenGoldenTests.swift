import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The race screen drawn from a real race (three variants on the circle, one of which
/// diverges), compared with the committed golden frames at 80×24, 120×40 and 200×60.
@Suite struct RaceScreenGoldenTests {
    static func race() throws -> RaceState {
        var base = TrainingConfig()
        base.dataset.kind = .circle
        base.dataset.count = 200
        base.hiddenLayers = [4]
        base.seed = 3
        var adam = base, sgd = base, wild = base
        adam.optimizer = OptimizerConfig(kind: .adam, learningRate: 0.03)
        sgd.optimizer = OptimizerConfig(kind: .sgd, learningRate: 0.1)
        wild.optimizer = OptimizerConfig(kind: .sgd, learningRate: 1e6)
        wild.activation = .relu
        var race = try RaceState(variants: [("adam", adam), ("sgd", sgd), ("wild", wild)])
        race.run(epochs: 40)
        return race
    }

    /// The frame at `size`: the pictures painted at the sizes the layout asks for.
    static func dump(_ race: RaceState, state: RaceUIState, size: Size, tier: ColourTier) -> String {
        var dump = RaceFrameDump(size: size, tier: tier)
        return dump.frame(race, state: state)
    }

    static func interface(_ race: RaceState) -> RaceUIState {
        RaceUIState(ids: race.entrants.map(\.id), config: race.entrants[0].config, pace: .watchable)
    }

    @Test(arguments: [(Size(width: 80, height: 24), ColourTier.ansi256), (Size(width: 120, height: 40), .ansi256),
                      (Size(width: 200, height: 60), .direct), (Size(width: 120, height: 40), .monochrome)])
    func race(size: Size, tier: ColourTier) throws {
        let race = try Self.race()
        var state = Self.interface(race)
        state.seenRejection = race.lastRejection
        GoldenFile.check(Self.dump(race, state: state, size: size, tier: tier),
                         named: "race-\(size.width)x\(size.height)-\(tier)")
    }

    @Test func fourVariantsWithTheSecondSelected() throws {
        var race = try Self.race()
        race.apply(.add(copyOf: 1, name: "copy"))
        var state = Self.interface(race)
        var painters: [Int: PicturePainter] = [:]
        state.adopt(RaceSnapshot.headless(race, painters: &painters))
        _ = state.handle(.character("v"), context: AppContext(), heatmaps: [])
        GoldenFile.check(Self.dump(race, state: state, size: Size(width: 120, height: 40), tier: .ansi256),
                         named: "race-four-120x40-256")
    }

    /// The loss chart's axis names what every variant counts: generations when all are
    /// GA or CMA-ES, both words when they race a gradient optimizer.
    @Test func theChartAxisNamesGenerationsUnderEvolution() throws {
        func axis(_ kinds: [OptimizerKind]) throws -> String {
            var base = TrainingConfig()
            base.dataset.kind = .xor
            base.dataset.count = 100
            base.hiddenLayers = [4]
            let variants = kinds.enumerated().map { index, kind in
                var config = base
                config.optimizer = OptimizerConfig(kind: kind)
                return ("\(kind)\(index)", config)
            }
            var race = try RaceState(variants: variants)
            race.run(epochs: 3)
            return Self.dump(race, state: Self.interface(race), size: Size(width: 120, height: 40), tier: .ansi256)
        }
        let evolution = try axis([.ga, .cmaes]), mixed = try axis([.cmaes, .adam]), gradients = try axis([.sgd, .adam])
        #expect(evolution.contains("generation 3│") && evolution.contains("  gen train loss") && !evolution.contains("epoch"))
        #expect(mixed.contains("epoch/gen ") && mixed.contains("ep/gen train loss"))
        #expect(gradients.contains("epoch 3│") && gradients.contains("epoch train loss") && !gradients.contains("generation") && !gradients.contains("ep/gen"))
    }
}
