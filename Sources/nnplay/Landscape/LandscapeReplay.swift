import ArgumentParser
import Foundation
import NNCore
import NNSession
import NNTUI

/// Which files `nnplay replay` hands to the landscape lab's playback (`LandscapePlayback`):
/// those whose first line says `"format":"nnplay-landscape-session"`.
enum LandscapeReplay {
    /// Whether the file at `path` starts with a landscape session header.
    static func handles(_ path: String) -> Bool {
        LabSessionLine.header(ofFile: path).map { LabSessionLine.header($0, names: LandscapeLabSession.format) } ?? false
    }
}

/// What `nnplay replay --headless` says about a landscape session.
struct LandscapeReplayReport: Encodable {
    struct Method: Encodable {
        var method: String
        var loss: Double?
        var point: [Double]
        var iterations: Int
        var evaluations: Int
        var reachedAt: Int?
        var ending: String?

        enum CodingKeys: String, CodingKey {
            case method, loss, point, iterations, evaluations, reachedAt = "reached_at", ending
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(method, forKey: .method)
            try c.encode(loss, forKey: .loss)
            try c.encode(point.map { $0.isFinite ? $0 : nil }, forKey: .point)
            try c.encode(iterations, forKey: .iterations)
            try c.encode(evaluations, forKey: .evaluations)
            try c.encode(reachedAt, forKey: .reachedAt)
            try c.encode(ending, forKey: .ending)
        }
    }

    var format = LandscapeLabSession.format
    var steps: Int
    var commands: Int
    var complete: Bool
    var verified: Bool
    var finalHash: String
    var function: String
    var iteration: Int
    var minimaFound: Int
    var methods: [Method]

    enum CodingKeys: String, CodingKey {
        case format, steps, commands, complete, verified, finalHash = "final_hash", function, iteration
        case minimaFound = "minima_found", methods
    }

    /// The report of `session` replayed to `state` (verified against its end line when `complete`).
    init(session: LandscapeLabSession, state: LandscapeLabState, complete: Bool) {
        steps = state.sessionStep
        commands = session.commands.count
        self.complete = complete
        verified = complete
        finalHash = state.fingerprint.description
        function = state.setup.function.rawValue
        iteration = state.iteration
        minimaFound = state.foundMinima.count
        methods = state.tracks.map { track in
            let w = track.walker
            return Method(method: w.method.kind.rawValue, loss: w.loss.isFinite ? w.loss : nil, point: w.point,
                          iterations: w.iterations, evaluations: w.evaluations, reachedAt: track.reached?.iteration,
                          ending: w.ending?.rawValue)
        }
    }

    func text() -> String {
        var lines = ["landscape session: \(steps) steps, \(commands) commands, "
                     + (verified ? "verified (fingerprint \(finalHash))" : "not verified (the recording has no end line)"),
                     "\(function), iteration \(iteration), minima found \(minimaFound)"]
        for m in methods {
            var line = "  \(m.method): loss \(m.loss.map { NumberText.significant($0) } ?? "n/a") after \(m.iterations) iterations"
            if let at = m.reachedAt { line += ", reached the minimum at iteration \(at)" }
            if let ending = m.ending { line += ", \(ending)" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
