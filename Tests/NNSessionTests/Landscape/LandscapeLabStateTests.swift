import Foundation
import NNCore
import Testing
@testable import NNSession

/// The landscape lab's state as a pure function of its setup and commands.
@Suite struct LandscapeLabStateTests {
    /// Every track's path and losses as bit patterns, for exact comparisons.
    static func bits(_ state: LandscapeLabState) -> [[UInt64]] {
        state.tracks.map { track in
            track.path.entries.flatMap { [UInt64($0.at)] + $0.value.map(\.bitPattern) }
                + track.losses.entries.map(\.value.bitPattern)
                + track.walker.cloud.flatMap { $0.map(\.bitPattern) }
        }
    }

    @Test func oneStepAdvancesEveryMethodOneIteration() {
        var state = LandscapeLabState(LandscapeLabSetup())
        #expect(state.tracks.count == 3 && state.iteration == 0)
        state.step()
        state.step()
        #expect(state.iteration == 2 && state.sessionStep == 2)
        #expect(state.tracks.allSatisfy { $0.walker.iterations == 2 && $0.losses.entries.count == 3 })
    }

    @Test func changingAMethodRestartsTheRaceFromTheStart() {
        var state = LandscapeLabState(LandscapeLabSetup())
        for _ in 0..<5 { state.step() }
        var adam = LandscapeMethod.labDefault(.adam)
        adam.optimizer.learningRate = 0.1
        state.apply(.setMethod(slot: 2, method: adam))
        #expect(state.iteration == 0 && state.sessionStep == 5)
        #expect(state.tracks[2].walker.method.optimizer.learningRate == 0.1)
        #expect(state.tracks.allSatisfy { $0.walker.point == [-1.5, 2] })
    }

    @Test func commandsThatCannotApplyChangeNothing() {
        var state = LandscapeLabState(LandscapeLabSetup())
        state.step()
        var bad = LandscapeMethod.labDefault(.ga)
        bad.population = 1
        for command: LandscapeLabCommand in [.setMethod(slot: 7, method: .labDefault(.gd)), .addMethod(bad),
                                             .setMethod(slot: 0, method: bad), .setCondition(0), .removeMethod(slot: -1),
                                             .setStart(x: .nan, y: 0), .setPace(stepsPerSecond: 0), .unknown(kind: "zoom")] {
            state.apply(command)
        }
        #expect(state.iteration == 1 && state.setup.methods.count == 3 && state.stepsPerSecond == 3)
        state.apply(.addMethod(.labDefault(.newton)))
        state.apply(.addMethod(.labDefault(.ga)))  // a fifth: refused
        #expect(state.setup.methods.map(\.kind) == [.gd, .momentum, .adam, .newton])
        for _ in 0..<4 { state.apply(.removeMethod(slot: 0)) }  // the last one stays
        #expect(state.setup.methods.map(\.kind) == [.newton])
    }

    /// Newton's method (lr 1, no damping) on the ravine lands on the minimum in one
    /// step; gradient descent at lr 0.1 needs k with 0.9ᵏ·f₀ ≤ 10⁻⁶, counted here by hand.
    @Test func reachingTheMinimumIsNotedAtItsIteration() {
        let setup = LandscapeLabSetup(function: .ravine, condition: 5, start: [-1.5, 1],
                                      methods: [.labDefault(.newton), {
                                          var gd = LandscapeMethod.labDefault(.gd)
                                          gd.optimizer.learningRate = 0.1
                                          return gd
                                      }()])
        var state = LandscapeLabState(setup)
        for _ in 0..<200 { state.step() }
        #expect(state.tracks[0].reached?.iteration == 1)
        // x shrinks by 0.9 and y by 0.5 per step: f = 0.5(1.5²·0.81ᵏ + 5·0.25ᵏ).
        var k = 0
        while 0.5 * (2.25 * Foundation.pow(0.81, Double(k)) + 5 * Foundation.pow(0.25, Double(k))) > 1e-6 { k += 1 }
        #expect(state.tracks[1].reached?.iteration == k)
        #expect(state.foundMinima == [0])
    }

    @Test func minimaFoundAccumulateAcrossStartsUntilTheSurfaceChanges() {
        var newton = LandscapeMethod.labDefault(.newton)
        newton.damping = 0
        var state = LandscapeLabState(LandscapeLabSetup(function: .himmelblau, start: [3.2, 1.8], methods: [newton]))
        for _ in 0..<30 { state.step() }
        state.apply(.setStart(x: -3.7, y: -3.1))
        for _ in 0..<30 { state.step() }
        #expect(state.foundMinima == [0, 2])
        state.apply(.setFunction(.rosenbrock))
        #expect(state.foundMinima.isEmpty && state.start == [-1.5, 2])
    }

    @Test func aDivergedWalkStopsAndTheRacePausesWhenAllHaveEnded() {
        var gd = LandscapeMethod.labDefault(.gd)
        gd.optimizer.learningRate = 3
        var state = LandscapeLabState(LandscapeLabSetup(function: .rosenbrock, methods: [gd]))
        state.apply(.play)
        var steps = 0
        while state.isPlaying && steps < 100 { state.step(); steps += 1 }
        #expect(state.tracks[0].walker.ending == .diverged)
        #expect(!state.isPlaying && steps < 20)
    }

    /// A session driven command by command, as the engine does, against the replay of
    /// its log: the same bits.
    @Test func replayingTheLogGivesTheSameBits() {
        let setup = LandscapeLabSetup(function: .himmelblau, methods: [.labDefault(.adam), .labDefault(.cmaes), .labDefault(.ga)])
        let script: [(Int, LandscapeLabCommand)] = [
            (0, .play), (3, .setStart(x: 1, y: -2)), (9, .setSeed(42)), (9, .addMethod(.labDefault(.nesterov))),
            (15, .setMethod(slot: 1, method: { var m = LandscapeMethod.labDefault(.cmaes); m.sigma = 2; return m }())),
            (20, .removeMethod(slot: 0)), (22, .pause), (22, .step), (23, .play), (30, .reset),
        ]
        var live = LandscapeLabState(setup)
        var log: [LandscapeLabLoggedCommand] = []
        var next = 0
        while live.sessionStep < 40 {
            while next < script.count, script[next].0 <= live.sessionStep {
                log.append(LandscapeLabLoggedCommand(step: live.sessionStep, command: script[next].1))
                live.apply(script[next].1)
                next += 1
            }
            live.step()
        }
        let encoded = try! JSONEncoder().encode(log)
        let decoded = try! JSONDecoder().decode([LandscapeLabLoggedCommand].self, from: encoded)
        #expect(decoded == log)
        let replayed = LandscapeLabState.replay(setup, log: decoded, steps: live.sessionStep)
        #expect(Self.bits(replayed) == Self.bits(live))
        #expect(replayed.iteration == live.iteration && replayed.setup == live.setup)
        #expect(replayed.tracks.count == 3 && replayed.iteration == 10)
    }
}
