import Testing
@testable import NNCore

@Suite struct LearningRateScheduleTests {
    @Test func constantNeverChanges() {
        let schedule = LearningRateSchedule()
        for epoch in [0, 1, 99, 10_000] { #expect(schedule.rate(base: 0.03, epoch: epoch) == 0.03) }
    }

    @Test func stepHalvesEveryStepEpochs() {
        // lr(e) = 0.1 · 0.5^⌊e/10⌋ (halving is exact in binary)
        let schedule = LearningRateSchedule(kind: .step, gamma: 0.5, stepEpochs: 10)
        let expected: [(Int, Double)] = [(0, 0.1), (9, 0.1), (10, 0.05), (19, 0.05), (20, 0.025), (35, 0.0125),
                                         (100, 0.1 / 1024)]
        for (epoch, rate) in expected { #expect(schedule.rate(base: 0.1, epoch: epoch) == rate, "epoch \(epoch)") }
    }

    @Test func exponentialMultipliesEveryEpoch() {
        // lr(e) = 0.2 · 0.5^e
        let schedule = LearningRateSchedule(kind: .exponential, gamma: 0.5)
        for (epoch, rate) in [(0, 0.2), (1, 0.1), (2, 0.05), (3, 0.025), (10, 0.2 / 1024)] {
            #expect(schedule.rate(base: 0.2, epoch: epoch) == rate, "epoch \(epoch)")
        }
    }

    /// PyTorch 2.15's schedulers multiply the current rate by γ (a chain of roundings),
    /// ours raises γ to a power by repeated squaring: the same to within a few ulps.
    /// Values printed by `ExponentialLR(SGD([p], lr=0.1), gamma=0.9)` and
    /// `StepLR(SGD([p], lr=0.1), step_size=3, gamma=0.1)`, reading
    /// `optimizer.param_groups[0]['lr']` before each `scheduler.step()`.
    @Test func matchesPyTorchSchedulers() {
        let exponential = [0.1, 0.09000000000000001, 0.08100000000000002, 0.07290000000000002,
                           0.06561000000000002, 0.05904900000000002, 0.05314410000000002, 0.04782969000000002]
        let e = LearningRateSchedule(kind: .exponential, gamma: 0.9)
        for (epoch, rate) in exponential.enumerated() {
            #expect(abs(e.rate(base: 0.1, epoch: epoch) - rate) <= 1e-15 * rate, "epoch \(epoch)")
        }
        let step = [0.1, 0.1, 0.1, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002,
                    0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.00010000000000000003]
        let s = LearningRateSchedule(kind: .step, gamma: 0.1, stepEpochs: 3)
        for (epoch, rate) in step.enumerated() {
            #expect(abs(s.rate(base: 0.1, epoch: epoch) - rate) <= 1e-15 * rate, "epoch \(epoch)")
        }
    }

    @Test func defaults() {
        let schedule = LearningRateSchedule()
        #expect(schedule.kind == .constant && schedule.gamma == 0.5 && schedule.stepEpochs == 100)
    }
}
