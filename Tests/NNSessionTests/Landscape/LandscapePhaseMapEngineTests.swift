import Foundation
import NNCore
import NNSession
import Testing

/// The phase map in the landscape lab: computed on the engine's thread for the ravine's
/// condition and the rule asked for, and the same map `PhaseMap.computed` (and the
/// one-cell-at-a-time `PhaseMap(spec:)`) gives for the same spec.
@Suite struct LandscapePhaseMapEngineTests {
    private func wait(_ engine: LabEngine<LandscapeLabState>,
                      until condition: (LandscapeLabSnapshot) -> Bool) -> LandscapeLabSnapshot {
        let deadline = ContinuousClock.now + .seconds(20)
        var snapshot = engine.latestSnapshot()
        while !condition(snapshot) && ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.001)
            snapshot = engine.latestSnapshot()
        }
        return snapshot
    }

    @Test func thePublishedMapIsTheMapOfTheSameSpec() throws {
        let engine = LabEngine(state: LandscapeLabState(.firstLook()))
        defer { engine.stop() }
        let momentum = LandscapePhaseMapRequest(method: .momentum, columns: 30, rows: 14)
        engine.requestPictures(LandscapeRasterRequest(width: 20, height: 20, phaseMap: momentum))
        let firstSnapshot = wait(engine) { $0.phaseMap != nil }
        let first = try #require(firstSnapshot.phaseMap)
        let spec = PhaseMap.Spec.ravine(condition: 10, method: .momentum, columns: 30, rows: 14)
        #expect(first.condition == 10 && first.request == momentum)
        #expect(first.picture == PhaseMapPicture(PhaseMap.computed(spec, threads: 1)))
        #expect(first.picture.cells == PhaseMap(spec: spec).cells)

        // A new condition: the map follows it.
        engine.send(.setCondition(50))
        let secondSnapshot = wait(engine) { $0.phaseMap?.condition == 50 }
        let second = try #require(secondSnapshot.phaseMap)
        #expect(second.picture == PhaseMapPicture(PhaseMap.computed(momentum.spec(condition: 50), threads: 3)))
        #expect(second.picture.title == "momentum on the ravine, condition 50")

        // Nesterov's rule, at another size.
        let nesterov = LandscapePhaseMapRequest(method: .nesterov, columns: 12, rows: 6)
        engine.requestPictures(LandscapeRasterRequest(width: 20, height: 20, phaseMap: nesterov))
        let thirdSnapshot = wait(engine) { $0.phaseMap?.request == nesterov }
        let third = try #require(thirdSnapshot.phaseMap)
        let nesterovSpec = PhaseMap.Spec.ravine(condition: 50, method: .nesterov, columns: 12, rows: 6)
        #expect(third.picture.cells == PhaseMap(spec: nesterovSpec).cells)
        #expect(third.picture.cells != PhaseMap(spec: .ravine(condition: 50, columns: 12, rows: 6)).cells,
                "Nesterov's map is not heavy ball's")
    }

    @Test func noMapOffTheRavineNorForAnInvalidRequest() {
        var publisher = LandscapeLabPublisher(interval: 1, phaseMapThreads: 2)
        publisher.request = LandscapeRasterRequest(width: 10, height: 10,
                                                   phaseMap: LandscapePhaseMapRequest(method: .momentum, columns: 8, rows: 4))
        #expect(publisher.snapshot(of: LandscapeLabState(LandscapeLabSetup()), now: 0, forced: true).phaseMap == nil,
                "Rosenbrock has no phase map")
        publisher.request?.phaseMap = LandscapePhaseMapRequest(method: .adam, columns: 8, rows: 4)
        #expect(publisher.snapshot(of: LandscapeLabState(.firstLook()), now: 0, forced: true).phaseMap == nil)
        publisher.request?.phaseMap = LandscapePhaseMapRequest(method: .momentum, columns: 1, rows: 4)
        #expect(publisher.snapshot(of: LandscapeLabState(.firstLook()), now: 0, forced: true).phaseMap == nil)
    }

    @Test func theRuleOfEachMethod() {
        var momentum = LandscapeMethod.labDefault(.momentum)
        #expect(LandscapePhaseMapRequest.rule(of: momentum) == .momentum)
        momentum.optimizer.nesterov = true
        #expect(LandscapePhaseMapRequest.rule(of: momentum) == .nesterov)
        #expect(LandscapePhaseMapRequest.rule(of: .labDefault(.nesterov)) == .nesterov)
        #expect(LandscapePhaseMapRequest.rule(of: .labDefault(.gd)) == .momentum, "gradient descent is its β = 0 row")
        #expect(LandscapePhaseMapRequest.rule(of: .labDefault(.adam)) == nil)
    }
}
