@testable import NNCore
import Testing

/// A CMA-ES whose distribution collapses or runs away stops where it last was sound
/// (`isStalled`) instead of producing infinities, as a network's loss can make it do
/// (a saturated network on the spiral ran its mean past 1e15 after 4,810 generations).
@Suite struct CMAESStallTests {
    /// A loss that always rewards going further out: the search runs away.
    struct Runaway: PopulationObjective {
        var evaluations = 0
        mutating func evaluate(_ x: [Double]) -> Double {
            evaluations += 1
            return -x.reduce(0) { $0 + $1 * $1 }
        }
        var reachedTarget: Bool { false }
    }

    @Test func fullCMAESRunningAwayStallsFiniteAndStopsEvaluating() {
        var search = CMAES(mean: [0.3, -0.2, 0.1], sigma: 0.5, seed: 1)
        var flat = Runaway()
        for _ in 0..<20_000 where !search.isStalled { search.step(&flat) }
        #expect(search.isStalled)
        #expect(search.mean.allSatisfy { $0.isFinite && abs($0) <= 1e15 })
        #expect(search.sigma.isFinite && search.sigma > 0)
        let used = flat.evaluations
        search.step(&flat)
        #expect(flat.evaluations == used)  // a stalled search evaluates nothing more
    }

    @Test func separableCMAESRunningAwayStallsFinite() {
        var search = SeparableCMAES(mean: [Double](repeating: 0.1, count: 5), sigma: 0.5, seed: 2)
        var flat = Runaway()
        for _ in 0..<20_000 where !search.isStalled { search.step(&flat) }
        #expect(search.isStalled)
        #expect(search.mean.allSatisfy { $0.isFinite && abs($0) <= 1e15 })
        #expect(search.variances.allSatisfy { $0.isFinite && $0 > 0 })
    }

    @Test func aSoundSearchOnTheSphereNeverStalls() {
        var search = CMAES(mean: [1, 2], sigma: 0.5, seed: 3)
        var sphere = CountingObjective { x in x.reduce(0) { $0 + $1 * $1 } }
        for _ in 0..<200 { search.step(&sphere) }
        #expect(!search.isStalled)
        #expect(search.best!.loss < 1e-8)
    }
}
