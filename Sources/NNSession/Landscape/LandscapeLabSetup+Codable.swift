import NNCore

/// The JSON form of a lab setup (a session header's `setup`):
/// `{"function":"rosenbrock","condition":10,"start":[-1.5,2],"methods":[…],"seed":1,"stepsPerSecond":3}`.
/// Missing fields take the defaults; a setup that cannot run is refused.
extension LandscapeLabSetup: Codable {
    private enum Key: String, CodingKey { case function, condition, start, methods, seed, stepsPerSecond }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        self.init()
        if let name = try c.decodeIfPresent(String.self, forKey: .function) {
            guard let kind = LandscapeFunction.Kind(rawValue: name) else {
                throw DecodingError.dataCorruptedError(forKey: .function, in: c, debugDescription:
                    "unknown function '\(name)' (one of \(LandscapeFunction.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            function = kind
        }
        if let v = try c.decodeIfPresent(Double.self, forKey: .condition) { condition = v }
        start = try c.decodeIfPresent([Double].self, forKey: .start)
        if let v = try c.decodeIfPresent([LandscapeMethod].self, forKey: .methods) { methods = v }
        if let v = try c.decodeIfPresent(UInt64.self, forKey: .seed) { seed = v }
        if c.contains(.stepsPerSecond) { stepsPerSecond = try c.decodeIfPresent(Int.self, forKey: .stepsPerSecond) }
        if let problem {
            throw DecodingError.dataCorruptedError(forKey: .methods, in: c, debugDescription: problem)
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(function.rawValue, forKey: .function)
        try c.encode(condition, forKey: .condition)
        try c.encodeIfPresent(start, forKey: .start)
        try c.encode(methods, forKey: .methods)
        try c.encode(seed, forKey: .seed)
        if let stepsPerSecond { try c.encode(stepsPerSecond, forKey: .stepsPerSecond) } else { try c.encodeNil(forKey: .stepsPerSecond) }
    }
}
