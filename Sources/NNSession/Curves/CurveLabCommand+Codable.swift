import NNCore

/// The JSON form of a curve-lab command: a flat object whose `"kind"` names the case,
/// plus its value under the setting's own name, e.g. `{"kind":"setDegree","degree":9}`,
/// `{"kind":"setSpeed","stepsPerSecond":null}`, `{"kind":"play"}`,
/// `{"kind":"watchGoal","goal":[{"comparison":"<","metric":"validation-error","target":0.1}]}`. A session file's
/// line is this object with the step added. An unknown kind is an error naming the kinds.
extension CurveLabCommand: Codable {
    private enum Key: String, CodingKey {
        case kind, target, noise, points, seed, degree, l2, optimizer, learningRate, hidden, activation, stepsPerSecond, goal
    }

    static let kinds = ["setTarget", "setNoise", "setPoints", "setSeed", "setDegree", "setL2", "setOptimizer",
                        "setLearningRate", "setHidden", "setActivation", "setSpeed", "play", "pause", "step", "reset", "watchGoal"]

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let kind = try c.decode(String.self, forKey: .kind)
        switch kind {
        case "setTarget": self = .setTarget(try c.decode(CurveTarget.Kind.self, forKey: .target))
        case "setNoise": self = .setNoise(try c.decode(Double.self, forKey: .noise))
        case "setPoints": self = .setPoints(try c.decode(Int.self, forKey: .points))
        case "setSeed": self = .setSeed(try c.decode(UInt64.self, forKey: .seed))
        case "setDegree": self = .setDegree(try c.decode(Int.self, forKey: .degree))
        case "setL2": self = .setL2(try c.decode(Double.self, forKey: .l2))
        case "setOptimizer": self = .setOptimizer(try c.decode(OptimizerKind.self, forKey: .optimizer))
        case "setLearningRate": self = .setLearningRate(try c.decode(Double.self, forKey: .learningRate))
        case "setHidden": self = .setHidden(try c.decode([Int].self, forKey: .hidden))
        case "setActivation": self = .setActivation(try c.decode(Activation.self, forKey: .activation))
        case "setSpeed": self = .setSpeed(try c.decodeIfPresent(Int.self, forKey: .stepsPerSecond))
        case "play": self = .play
        case "pause": self = .pause
        case "step": self = .step
        case "reset": self = .reset
        case "watchGoal": self = .watchGoal(try c.decodeIfPresent([CurveLabGoal].self, forKey: .goal))
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription:
                "unknown curve-lab command '\(kind)' (kinds: \(Self.kinds.joined(separator: ", ")))")
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .setTarget(let kind): try c.encode("setTarget", forKey: .kind); try c.encode(kind, forKey: .target)
        case .setNoise(let noise): try c.encode("setNoise", forKey: .kind); try c.encode(noise, forKey: .noise)
        case .setPoints(let count): try c.encode("setPoints", forKey: .kind); try c.encode(count, forKey: .points)
        case .setSeed(let seed): try c.encode("setSeed", forKey: .kind); try c.encode(seed, forKey: .seed)
        case .setDegree(let degree): try c.encode("setDegree", forKey: .kind); try c.encode(degree, forKey: .degree)
        case .setL2(let l2): try c.encode("setL2", forKey: .kind); try c.encode(l2, forKey: .l2)
        case .setOptimizer(let kind): try c.encode("setOptimizer", forKey: .kind); try c.encode(kind, forKey: .optimizer)
        case .setLearningRate(let rate):
            try c.encode("setLearningRate", forKey: .kind); try c.encode(rate, forKey: .learningRate)
        case .setHidden(let hidden): try c.encode("setHidden", forKey: .kind); try c.encode(hidden, forKey: .hidden)
        case .setActivation(let activation):
            try c.encode("setActivation", forKey: .kind); try c.encode(activation, forKey: .activation)
        case .setSpeed(let rate): try c.encode("setSpeed", forKey: .kind); try c.encode(rate, forKey: .stepsPerSecond)
        case .play: try c.encode("play", forKey: .kind)
        case .pause: try c.encode("pause", forKey: .kind)
        case .step: try c.encode("step", forKey: .kind)
        case .reset: try c.encode("reset", forKey: .kind)
        case .watchGoal(let goal): try c.encode("watchGoal", forKey: .kind); try c.encodeIfPresent(goal, forKey: .goal)
        }
    }
}
