/// A pace as people read and type it: `60 epochs/s`, `1 step/s`, `max` on screen,
/// and `60`, `5steps`, `max` on the command line (`nnplay play --speed`).
extension Pace {
    /// `60 epochs/s`, `1 step/s`, `5 steps/s` or `max`.
    package var text: String { text(.epoch) }

    /// The narrow form: `60 ep/s`, `5 st/s` or `max`.
    package var shortText: String { shortText(.epoch) }

    /// `text` with an epoch called `name` (`60 generations/s` under GA and CMA-ES).
    package func text(_ name: EpochName) -> String {
        switch self {
        case .stepsPerSecond(let rate): return "\(NumberText.grouped(rate)) \(rate == 1 ? "step" : "steps")/s"
        case .epochsPerSecond(let rate): return name.count(rate) + "/s"
        case .max: return "max"
        }
    }

    /// `shortText` with an epoch called `name` (`60 gen/s`).
    package func shortText(_ name: EpochName) -> String {
        switch self {
        case .stepsPerSecond(let rate): return "\(NumberText.grouped(rate)) st/s"
        case .epochsPerSecond(let rate): return "\(NumberText.grouped(rate)) \(name.short)/s"
        case .max: return "max"
        }
    }

    /// What `--speed` accepts, for its help and its errors.
    package static let syntax = "a number of epochs per second (60), steps per second (1step, 5steps) or max"

    /// Reads `max`, `N` or `Nepochs` (epochs per second), `Nstep` or `Nsteps` (steps
    /// per second); `/s` may follow, and spaces, case and thousands separators do not
    /// matter (`5 steps/s`, `2,500 ep/s`). Throws for anything else or a rate out of range.
    package init(parsing input: String) throws(InputError) {
        var text = input.lowercased().filter { !$0.isWhitespace && $0 != "," && $0 != "_" }
        if text.hasSuffix("/s") { text.removeLast(2) }
        if text == "max" {
            self = .max
            return
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let unit = text.dropFirst(digits.count)
        guard !digits.isEmpty, let rate = Int(digits) else {
            throw InputError("not a pace: '\(input)' (expected \(Pace.syntax))")
        }
        switch unit {
        case "", "e", "ep", "epoch", "epochs": self = .epochsPerSecond(rate)
        case "st", "step", "steps": self = .stepsPerSecond(rate)
        default: throw InputError("not a pace: '\(input)' (expected \(Pace.syntax))")
        }
        if let problem { throw InputError(problem) }
    }
}
