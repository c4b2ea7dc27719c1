import NNCore

/// The JSON of an event line: a flat object with `"kind"` and `"step"`, plus the
/// kind's fields. Commands are written as `LoggedCommand` writes them.
extension SessionEvent: Codable {
    private enum Key: String, CodingKey {
        case kind, step, width, height, label, hash, view, set
    }

    /// Decodes a known event or command. A kind this version does not know decodes
    /// to a command `.unknown(kind:)`; `SessionLine` drops those.
    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let kind = try c.decode(String.self, forKey: .kind)
        guard SessionEvent.eventKinds.contains(kind) else {
            self = .command(try LoggedCommand(from: decoder))
            return
        }
        let step = try c.decode(Int.self, forKey: .step)
        switch kind {
        case "resize":
            self = .resize(step: step, width: try c.decode(Int.self, forKey: .width),
                           height: try c.decode(Int.self, forKey: .height))
        case "marker": self = .marker(step: step, label: try c.decode(String.self, forKey: .label))
        case "frame": self = .frame(step: step)
        case "inspector":
            let name = try c.decodeIfPresent(String.self, forKey: .view)
            let view = try name.map { (name: String) throws -> InspectorView in
                guard let view = InspectorView(rawValue: name) else {
                    let views = InspectorView.allCases.map(\.rawValue).joined(separator: ", ")
                    throw DecodingError.dataCorruptedError(forKey: .view, in: c,
                                                           debugDescription: "expected one of \(views), found '\(name)'")
                }
                return view
            }
            let setName = try c.decodeIfPresent(String.self, forKey: .set) ?? EvaluationSet.train.rawValue
            guard let set = EvaluationSet(rawValue: setName) else {
                let sets = EvaluationSet.allCases.map(\.rawValue).joined(separator: ", ")
                throw DecodingError.dataCorruptedError(forKey: .set, in: c,
                                                       debugDescription: "expected one of \(sets), found '\(setName)'")
            }
            self = .inspector(step: step, view: view, set: set)
        case "checkpoint": self = .checkpoint(step: step, hash: try c.decode(ParameterHash.self, forKey: .hash))
        default: self = .end(step: step, hash: try c.decode(ParameterHash.self, forKey: .hash))
        }
    }

    package func encode(to encoder: any Encoder) throws {
        if case .command(let logged) = self {
            try logged.encode(to: encoder)
            return
        }
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(step, forKey: .step)
        switch self {
        case .resize(_, let width, let height):
            try c.encode(width, forKey: .width)
            try c.encode(height, forKey: .height)
        case .marker(_, let label): try c.encode(label, forKey: .label)
        case .inspector(_, let view, let set):
            try c.encodeIfPresent(view?.rawValue, forKey: .view)
            try c.encode(set.rawValue, forKey: .set)
        case .checkpoint(_, let hash), .end(_, let hash): try c.encode(hash, forKey: .hash)
        case .command, .frame: break
        }
    }
}

/// One event line: the event, or nil for a kind this nnplay does not know (readers
/// skip those, so newer files still replay what this version understands), and its
/// optional `time` (seconds since recording started, written next to the event's keys).
struct SessionLine: Codable {
    var event: SessionEvent?
    var time: Double?

    private enum Key: String, CodingKey { case kind, time }

    init(event: SessionEvent, time: Double?) {
        self.event = event
        self.time = time
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let kind = try c.decode(String.self, forKey: .kind)
        time = try c.decodeIfPresent(Double.self, forKey: .time)
        if let time, !(time >= 0) {
            throw DecodingError.dataCorruptedError(forKey: .time, in: c,
                                                   debugDescription: "expected 0 or more seconds, found \(time)")
        }
        if !SessionEvent.eventKinds.contains(kind), case .unknown = try Command(from: decoder) {
            event = nil
            return
        }
        event = try SessionEvent(from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        try event?.encode(to: encoder)
        var c = encoder.container(keyedBy: Key.self)
        try c.encodeIfPresent(time, forKey: .time)
    }
}
