import Foundation
import NNCore
import NNSession

/// Which files `nnplay replay` hands to the curve lab's playback (`CurvesPlayback`):
/// those whose first line says `"format":"nnplay-curves-session"`.
enum CurvesReplay {
    /// Whether the file at `path` starts like a curve-lab session (its first line; any
    /// read problem says no and is left to the playground's reader to report).
    static func handles(_ path: String) -> Bool {
        LabSessionLine.header(ofFile: path).map { LabSessionLine.header($0, names: CurveSession.format) } ?? false
    }
}

/// What a verified curve-session replay prints.
struct CurvesReplayReport: Encodable {
    let format = CurveSession.format
    let steps: Int
    let commands: Int
    /// Whether the recording had its end line (and so was verified).
    let complete: Bool
    let finalHash: String
    let degree: Int
    let l2: Double
    let conditionNumber: Double?
    let descentDistance: Double?
    let closedFormErrors: [String: Double?]?
    let descentErrors: [String: Double?]
    let networkErrors: [String: Double?]
    let seconds: Double

    enum CodingKeys: String, CodingKey {
        case format, steps, commands, complete, degree, l2, seconds
        case finalHash = "final_hash", conditionNumber = "condition_number", descentDistance = "descent_distance"
        case closedFormErrors = "closed_form_errors", descentErrors = "descent_errors", networkErrors = "network_errors"
    }

    init(session: CurveSession, lab: CurveLab, seconds: Double) {
        func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }
        func errors(_ mse: ([CurveSample.Point]) -> Double) -> [String: Double?] {
            ["train": finite(mse(lab.sample.train)), "validation": finite(mse(lab.sample.validation)),
             "test": finite(mse(lab.sample.test))]
        }
        steps = lab.sessionStep
        commands = session.log.count
        complete = session.end != nil
        finalHash = lab.stateHash.description
        degree = lab.settings.degree
        l2 = lab.settings.l2
        conditionNumber = lab.closedForm.map { finite($0.conditionNumber) } ?? nil
        descentDistance = finite(lab.descentDistance)
        closedFormErrors = lab.closedForm.map { fit in errors(fit.meanSquaredError) }
        descentErrors = errors(lab.descent.meanSquaredError)
        networkErrors = errors(lab.network.meanSquaredError)
        self.seconds = seconds
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(format, forKey: .format)
        try c.encode(steps, forKey: .steps)
        try c.encode(commands, forKey: .commands)
        try c.encode(complete, forKey: .complete)
        try c.encode(finalHash, forKey: .finalHash)
        try c.encode(degree, forKey: .degree)
        try c.encode(l2, forKey: .l2)
        try c.encode(conditionNumber, forKey: .conditionNumber)
        try c.encode(descentDistance, forKey: .descentDistance)
        try c.encode(closedFormErrors, forKey: .closedFormErrors)
        try c.encode(descentErrors, forKey: .descentErrors)
        try c.encode(networkErrors, forKey: .networkErrors)
        try c.encode(seconds, forKey: .seconds)
    }

    func text() -> String {
        let verdict = complete ? "verified: the end state's hash \(finalHash) is the recording's"
            : "no end line (cut off): replayed up to the last command, not verified"
        return "curve-lab session: \(NumberText.grouped(steps)) steps, \(commands) commands; \(verdict)"
    }
}
