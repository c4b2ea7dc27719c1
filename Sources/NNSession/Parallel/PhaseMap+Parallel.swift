import NNCore

extension PhaseMap {
    /// The phase map of `spec` computed on `threads` threads, one row (a momentum) per
    /// job of `ParallelRuns`: each cell is a pure function of the spec, so the map is
    /// the same bits on any number of threads.
    package static func computed(_ spec: Spec, threads: Int) -> PhaseMap {
        let columns = spec.learningRates.count
        let rows = ParallelRuns.run(count: spec.momenta.count, threads: threads) { row in
            (0..<columns).map { PhaseMap.cell(spec, index: row * columns + $0) }
        }
        return PhaseMap(spec: spec, cells: rows.flatMap { $0 ?? [] })
    }
}
