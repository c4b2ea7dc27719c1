import NNCore

/// One line of a landscape lesson's `setup` or `solution` block, read into lab
/// commands (the same commands the keys send, so a lesson drives the lab exactly as a
/// student does):
///
/// ```
/// lab: landscape                         (setup only: which screen)
/// function: ravine                       setFunction
/// condition: 50                          setCondition
/// start: -1.5, 1                         setStart
/// seed: 3                                setSeed
/// pace: 10                               setPace (iterations per second)
/// methods: gd lr=0.01, momentum lr=0.01 momentum=0.9
///                                        the race, replaced (one to four methods)
/// method 2: adam lr=0.1                  setMethod for slot 2 (1-based)
/// run 200                                (solution only) 200 iterations
/// ```
package enum LandscapeLessonLine: Equatable, Sendable {
    case lab(String)
    case commands([LandscapeLabCommand])
    /// The race replaced by these methods (slot order).
    case methods([LandscapeMethod])
    case run(Int)

    /// The most iterations one `run` line may ask for.
    package static let maxRun = 100_000

    /// `text` read, or an error saying what the line should look like.
    package static func parse(_ text: String) throws(InputError) -> LandscapeLessonLine {
        let line = text.trimmedSpaces
        let lower = line.lowercased()
        if lower.hasPrefix("run ") || lower.hasPrefix("run:") {
            let value = lower.dropFirst(4).trimmingCharacters(in: [" ", ":"])
            guard let n = Int(value), (1...maxRun).contains(n) else {
                throw InputError("run takes a number of iterations, 1 to \(maxRun) (run 200)")
            }
            return .run(n)
        }
        guard let colon = line.firstIndex(of: ":") else {
            throw InputError("expected 'key: value' (function: ravine) or 'run N'")
        }
        let key = line[..<colon].trimmedSpaces.lowercased(), value = String(line[line.index(after: colon)...]).trimmedSpaces
        switch key {
        case "lab":
            guard value == "landscape" else { throw InputError("this lab is 'landscape' (got '\(value)')") }
            return .lab(value)
        case "function":
            guard let kind = LandscapeFunction.Kind(rawValue: value.lowercased()) else {
                throw InputError("unknown function '\(value)' (\(LandscapeFunction.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return .commands([.setFunction(kind)])
        case "condition":
            guard let k = Double(value), LandscapeFunction.conditionRange.contains(k) else {
                throw InputError("condition must be a number from 1 to 1e6")
            }
            return .commands([.setCondition(k)])
        case "start":
            let parts = value.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 2, let x = parts[0], let y = parts[1], x.isFinite, y.isFinite, abs(x) <= 1e6, abs(y) <= 1e6 else {
                throw InputError("start must be two numbers x, y (start: -1.5, 2)")
            }
            return .commands([.setStart(x: x, y: y)])
        case "seed":
            guard let seed = UInt64(value) else { throw InputError("seed must be a whole number 0 or more") }
            return .commands([.setSeed(seed)])
        case "pace":
            guard let rate = Int(value), rate >= 1 else { throw InputError("pace must be a whole number of iterations per second") }
            return .commands([.setPace(stepsPerSecond: rate)])
        case "methods":
            let methods = try value.split(separator: ",").map { (part) throws(InputError) -> LandscapeMethod in
                try method(String(part))
            }
            guard (1...LandscapeLabState.maxMethods).contains(methods.count) else {
                throw InputError("a race has 1 to \(LandscapeLabState.maxMethods) methods")
            }
            return .methods(methods)
        default:
            if key.hasPrefix("method "), let slot = Int(key.dropFirst(7).trimmedSpaces),
               (1...LandscapeLabState.maxMethods).contains(slot) {
                return .commands([.setMethod(slot: slot - 1, method: try method(value))])
            }
            throw InputError("unknown key '\(key)' (lab, function, condition, start, seed, pace, methods, method N)")
        }
    }

    /// `adam lr=0.1 beta1=0.8`: a kind with the lab's defaults, then each `knob=value`.
    static func method(_ text: String) throws(InputError) -> LandscapeMethod {
        let words = text.split(separator: " ").map(String.init)
        guard let name = words.first, let kind = LandscapeMethod.Kind(rawValue: name.lowercased()) else {
            throw InputError("unknown method '\(words.first ?? "")' (\(LandscapeMethod.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var m = LandscapeMethod.labDefault(kind)
        for word in words.dropFirst() {
            let pair = word.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { throw InputError("write knob=value (lr=0.1), not '\(word)'") }
            let knob = pair[0].lowercased()
            if knob == "nesterov" {
                guard ["on", "off"].contains(pair[1]) else { throw InputError("nesterov is on or off") }
                m.optimizer.nesterov = pair[1] == "on"
                continue
            }
            guard let v = Double(pair[1]), v.isFinite else { throw InputError("\(knob) needs a number (got '\(pair[1])')") }
            switch knob {
            case "lr", "step": m.optimizer.learningRate = v
            case "momentum": m.optimizer.momentum = v
            case "beta1": m.optimizer.beta1 = v
            case "beta2": m.optimizer.beta2 = v
            case "eps": m.optimizer.eps = v
            case "alpha": m.optimizer.alpha = v
            case "damping": m.damping = v
            case "population":
                guard v == v.rounded(), abs(v) <= 1e6 else { throw InputError("population must be a whole number") }
                m.population = Int(v)
            case "sigma": m.sigma = v
            case "mutation": m.mutationRate = v
            default:
                throw InputError("unknown knob '\(knob)' (lr, momentum, nesterov, beta1, beta2, eps, alpha, damping, population, sigma, mutation)")
            }
        }
        if let problem = m.problem { throw InputError("\(kind.rawValue): \(problem)") }
        return m
    }
}
