import NNCore

/// What the screen asks the curve lab's engine to sample: how many x across the plot.
package struct CurveLabRequest: Sendable, Equatable {
    package var columns: Int
    package init(columns: Int) { self.columns = max(2, min(2_000, columns)) }
}

/// The engine thread's publishing bookkeeping for the curve lab: when a snapshot is
/// due, the analyses (recomputed only when the sample or the closed form changed) and
/// the curves at the width the screen asked for.
package struct CurveLabPublisher: Sendable {
    /// Nanoseconds between two snapshots while playing.
    package let interval: UInt64
    package var request: CurveLabRequest?
    private var lastPublished: UInt64 = 0
    private var published = 0
    private var analysis: (fitVersion: Int, value: CurveLabAnalysis)?

    package init(interval: UInt64) {
        self.interval = interval
    }

    package func isDue(_ now: UInt64) -> Bool {
        now &- lastPublished >= interval
    }

    package mutating func snapshot(of lab: CurveLab, now: UInt64, forced: Bool) -> CurveLabSnapshot {
        if analysis?.fitVersion != lab.fitVersion { analysis = (lab.fitVersion, CurveLabAnalysis(lab)) }
        let current = analysis?.value
        let curves = request.flatMap { request in current.map { CurveLabCurves(lab, analysis: $0, columns: request.columns) } }
        lastPublished = now
        published += 1
        return CurveLabSnapshot(lab, version: published, analysis: current, curves: curves)
    }
}
