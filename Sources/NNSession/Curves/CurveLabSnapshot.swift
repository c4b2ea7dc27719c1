import NNCore

/// What the curve lab's engine publishes for the screen: plain values, everything a
/// view draws already computed (ARCHITECTURE.md, invariant 3).
package struct CurveLabSnapshot: Sendable, Equatable {
    /// Bumped by every snapshot published.
    package var version: Int
    package var sessionStep: Int
    package var isPlaying: Bool
    package var stepsPerSecond: Int?
    package var settings: CurveLabSettings
    package var sample: CurveSample
    package var domain: ClosedRange<Double>
    /// Nil when no unique fit exists.
    package var closedForm: CurveModelFigures?
    /// κ of the scaled (augmented) design matrix.
    package var conditionNumber: Double?
    package var descent: CurveModelFigures
    /// J(β) of the descent and ‖β − β*‖.
    package var descentObjective: Double
    package var descentDistance: Double
    package var network: CurveModelFigures
    package var rejection: String?
    /// The fingerprint of what training computed (`CurveLab.stateHash`), for the end of a recording.
    package var stateHash: ParameterHash
    /// The lesson goal the lab watches, each condition's figure now, and when it first held.
    package var watchedGoal: [CurveLabGoal]?
    package var goalValues: [Double?]
    package var goalMetAt: CurveGoalMoment?
    /// The U-curves and bias–variance (nil until first computed).
    package var analysis: CurveLabAnalysis?
    /// Sampled for the screen's width (nil until the screen asked).
    package var curves: CurveLabCurves?

    /// The snapshot of `lab` with the given analysis and curves.
    package init(_ lab: CurveLab, version: Int, analysis: CurveLabAnalysis?, curves: CurveLabCurves?) {
        self.version = version
        sessionStep = lab.sessionStep
        isPlaying = lab.isPlaying
        stepsPerSecond = lab.stepsPerSecond
        settings = lab.settings
        sample = lab.sample
        domain = lab.target.domain
        closedForm = lab.closedForm.map { CurveModelFigures($0, lab.sample) }
        conditionNumber = lab.closedForm?.conditionNumber
        descent = CurveModelFigures(lab.descent, lab.sample)
        descentObjective = lab.descent.objective
        descentDistance = lab.descentDistance
        network = CurveModelFigures(lab.network, lab.sample)
        rejection = lab.rejection
        stateHash = lab.stateHash
        watchedGoal = lab.watchedGoal
        goalValues = lab.watchedGoalValues
        goalMetAt = lab.goalMetAt
        self.analysis = analysis
        self.curves = curves
    }
}
