import NNCore
import Testing
@testable import NNSession

/// The phase map computed on the one job queue (`ParallelRuns`): the same bits on one
/// thread, two threads and in the core's own sequential loop.
@Suite struct PhaseMapParallelTests {
    @Test(arguments: [OptimizerKind.momentum, .nesterov])
    func sameCellsOnOneAndTwoThreads(method: OptimizerKind) {
        let spec = PhaseMap.Spec.ravine(condition: 50, method: method, columns: 24, rows: 12)
        let one = PhaseMap.computed(spec, threads: 1), two = PhaseMap.computed(spec, threads: 2)
        #expect(one == two)
        #expect(one == PhaseMap(spec: spec))
        #expect(one.cells.contains { if case .diverged = $0 { return true } else { return false } })
        #expect(one.cells.contains { if case .converged = $0 { return true } else { return false } })
    }
}
