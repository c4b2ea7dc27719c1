import NNCore

/// The JSON form of a command: a flat object whose `"kind"` names the case, plus that
/// case's fields (see `Command`). Session files (issue 4) store one per line.
///
/// Decoding is tolerant of the future and strict about the present: an unknown
/// `"kind"` decodes to `.unknown(kind:)` (and its other fields are skipped), while a
/// missing `"kind"` or a known kind with missing or mistyped fields is an error.
extension Command: Codable {
    private enum Key: String, CodingKey {
        case kind, config, x1, x2, label, stepsPerSecond, epochsPerSecond, epochs, goal, layer, neuron, input, value
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let kind = try c.decode(String.self, forKey: .kind)
        switch kind {
        case "configure": self = .configure(try c.decode(TrainingConfig.self, forKey: .config))
        case "resetWeights": self = .resetWeights
        case "regenerateData": self = .regenerateData
        case "addPoint":
            self = .addPoint(Sample(x1: try c.decode(Double.self, forKey: .x1), x2: try c.decode(Double.self, forKey: .x2),
                                    label: try c.decode(Double.self, forKey: .label)))
        case "play": self = .play
        case "pause": self = .pause
        case "step": self = .step
        case "restart": self = .restart(try c.decode(TrainingConfig.self, forKey: .config))
        case "run": self = .run(epochs: try c.decode(Int.self, forKey: .epochs))
        case "watchGoal": self = .watchGoal(try c.decodeIfPresent(LessonGoal.self, forKey: .goal))
        case "setSpeed": self = .setSpeed(stepsPerSecond: try c.decodeIfPresent(Int.self, forKey: .stepsPerSecond))
        case "setPace":
            if let rate = try c.decodeIfPresent(Int.self, forKey: .epochsPerSecond) {
                self = .setPace(.epochsPerSecond(rate))
            } else {
                self = .setPace(Pace(stepsPerSecond: try c.decodeIfPresent(Int.self, forKey: .stepsPerSecond)))
            }
        case "setWeight":
            self = .setWeight(layer: try c.decode(Int.self, forKey: .layer), neuron: try c.decode(Int.self, forKey: .neuron),
                              input: try c.decodeIfPresent(Int.self, forKey: .input),
                              value: try c.decode(Double.self, forKey: .value))
        default: self = .unknown(kind: kind)
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(kind, forKey: .kind)
        switch self {
        case .configure(let config), .restart(let config): try c.encode(config, forKey: .config)
        case .addPoint(let sample):
            try c.encode(sample.x1, forKey: .x1)
            try c.encode(sample.x2, forKey: .x2)
            try c.encode(sample.label, forKey: .label)
        case .setSpeed(let rate): try c.encodeIfPresent(rate, forKey: .stepsPerSecond)
        case .setPace(.stepsPerSecond(let rate)): try c.encode(rate, forKey: .stepsPerSecond)
        case .setPace(.epochsPerSecond(let rate)): try c.encode(rate, forKey: .epochsPerSecond)
        case .setPace(.max): break
        case .run(let epochs): try c.encode(epochs, forKey: .epochs)
        case .watchGoal(let goal): try c.encodeIfPresent(goal, forKey: .goal)
        case .setWeight(let layer, let neuron, let input, let value):
            try c.encode(layer, forKey: .layer)
            try c.encode(neuron, forKey: .neuron)
            try c.encodeIfPresent(input, forKey: .input)
            try c.encode(value, forKey: .value)
        case .resetWeights, .regenerateData, .play, .pause, .step, .unknown: break
        }
    }
}
