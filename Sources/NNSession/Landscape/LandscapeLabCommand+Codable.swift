import NNCore

/// The JSON form of a lab command: a flat object whose `"kind"` names the case plus
/// that case's fields. An unknown `"kind"` decodes to `.unknown` (a newer nnplay's
/// command, skipped); a known kind with missing or mistyped fields is an error.
extension LandscapeLabCommand: Codable {
    private enum Key: String, CodingKey {
        case kind, function, condition, x, y, seed, slot, method, stepsPerSecond, goal
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let kind = try c.decode(String.self, forKey: .kind)
        switch kind {
        case "setFunction":
            let name = try c.decode(String.self, forKey: .function)
            guard let function = LandscapeFunction.Kind(rawValue: name) else {
                throw DecodingError.dataCorruptedError(forKey: .function, in: c, debugDescription: "unknown function '\(name)'")
            }
            self = .setFunction(function)
        case "setCondition": self = .setCondition(try c.decode(Double.self, forKey: .condition))
        case "setStart": self = .setStart(x: try c.decode(Double.self, forKey: .x), y: try c.decode(Double.self, forKey: .y))
        case "setSeed": self = .setSeed(try c.decode(UInt64.self, forKey: .seed))
        case "setMethod":
            self = .setMethod(slot: try c.decode(Int.self, forKey: .slot), method: try c.decode(LandscapeMethod.self, forKey: .method))
        case "addMethod": self = .addMethod(try c.decode(LandscapeMethod.self, forKey: .method))
        case "removeMethod": self = .removeMethod(slot: try c.decode(Int.self, forKey: .slot))
        case "reset": self = .reset
        case "step": self = .step
        case "play": self = .play
        case "pause": self = .pause
        case "setPace": self = .setPace(stepsPerSecond: try c.decodeIfPresent(Int.self, forKey: .stepsPerSecond))
        case "watchGoal": self = .watchGoal(try c.decodeIfPresent([LandscapeGoal].self, forKey: .goal))
        default: self = .unknown(kind: kind)
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(kind, forKey: .kind)
        switch self {
        case .setFunction(let function): try c.encode(function.rawValue, forKey: .function)
        case .setCondition(let condition): try c.encode(condition, forKey: .condition)
        case .setStart(let x, let y):
            try c.encode(x, forKey: .x)
            try c.encode(y, forKey: .y)
        case .setSeed(let seed): try c.encode(seed, forKey: .seed)
        case .setMethod(let slot, let method):
            try c.encode(slot, forKey: .slot)
            try c.encode(method, forKey: .method)
        case .addMethod(let method): try c.encode(method, forKey: .method)
        case .removeMethod(let slot): try c.encode(slot, forKey: .slot)
        case .setPace(let rate): try c.encodeIfPresent(rate, forKey: .stepsPerSecond)
        case .watchGoal(let goal): try c.encodeIfPresent(goal, forKey: .goal)
        case .reset, .step, .play, .pause, .unknown: break
        }
    }
}
