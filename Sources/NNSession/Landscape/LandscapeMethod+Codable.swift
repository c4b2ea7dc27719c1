import NNCore

/// The JSON form of a landscape method in session files and lesson setups: its kind
/// and every knob, `{"kind":"adam","learningRate":0.05,…}`. Knobs left out take the
/// lab's defaults (`LandscapeMethod.labDefault`); values out of range are refused.
extension LandscapeMethod: Codable {
    private enum Key: String, CodingKey {
        case kind, learningRate, momentum, nesterov, beta1, beta2, eps, alpha, damping, population, sigma, mutationRate
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let name = try c.decode(String.self, forKey: .kind)
        guard let kind = Kind(rawValue: name) else {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription:
                "unknown method '\(name)' (one of \(Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        self = .labDefault(kind)
        if let v = try c.decodeIfPresent(Double.self, forKey: .learningRate) { optimizer.learningRate = v }
        if let v = try c.decodeIfPresent(Double.self, forKey: .momentum) { optimizer.momentum = v }
        if let v = try c.decodeIfPresent(Bool.self, forKey: .nesterov) { optimizer.nesterov = v }
        if let v = try c.decodeIfPresent(Double.self, forKey: .beta1) { optimizer.beta1 = v }
        if let v = try c.decodeIfPresent(Double.self, forKey: .beta2) { optimizer.beta2 = v }
        if let v = try c.decodeIfPresent(Double.self, forKey: .alpha) { optimizer.alpha = v }
        optimizer.eps = try c.decodeIfPresent(Double.self, forKey: .eps)
        if let v = try c.decodeIfPresent(Double.self, forKey: .damping) { damping = v }
        population = try c.decodeIfPresent(Int.self, forKey: .population)
        sigma = try c.decodeIfPresent(Double.self, forKey: .sigma)
        if let v = try c.decodeIfPresent(Double.self, forKey: .mutationRate) { mutationRate = v }
        if let problem {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: problem)
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(kind.rawValue, forKey: .kind)
        try c.encode(optimizer.learningRate, forKey: .learningRate)
        try c.encode(optimizer.momentum, forKey: .momentum)
        try c.encode(optimizer.nesterov, forKey: .nesterov)
        try c.encode(optimizer.beta1, forKey: .beta1)
        try c.encode(optimizer.beta2, forKey: .beta2)
        try c.encode(optimizer.alpha, forKey: .alpha)
        try c.encodeIfPresent(optimizer.eps, forKey: .eps)
        try c.encode(damping, forKey: .damping)
        try c.encodeIfPresent(population, forKey: .population)
        try c.encodeIfPresent(sigma, forKey: .sigma)
        try c.encode(mutationRate, forKey: .mutationRate)
    }
}
