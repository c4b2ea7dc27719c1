import NNCore

/// The JSON form of a race command, one object with a `"race"` discriminator:
///
/// ```
/// {"race":"all","command":{"kind":"play"}}
/// {"race":"variant","id":1,"command":{"kind":"configure","config":{…}}}
/// {"race":"add","copyOf":1,"name":"copy of sgd"}
/// {"race":"remove","id":0}
/// ```
///
/// The inner `command` is the playground's own JSON (`Command+Codable.swift`).
extension RaceLabCommand: Codable {
    private enum Key: String, CodingKey { case race, command, id, copyOf, name }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let race = try c.decode(String.self, forKey: .race)
        switch race {
        case "all": self = .all(try c.decode(Command.self, forKey: .command))
        case "variant": self = .variant(id: try c.decode(Int.self, forKey: .id), try c.decode(Command.self, forKey: .command))
        case "add": self = .add(copyOf: try c.decode(Int.self, forKey: .copyOf), name: try c.decode(String.self, forKey: .name))
        case "remove": self = .remove(id: try c.decode(Int.self, forKey: .id))
        default:
            throw DecodingError.dataCorruptedError(forKey: .race, in: c,
                                                   debugDescription: "unknown race command '\(race)' (all, variant, add or remove)")
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .all(let command):
            try c.encode("all", forKey: .race)
            try c.encode(command, forKey: .command)
        case .variant(let id, let command):
            try c.encode("variant", forKey: .race)
            try c.encode(id, forKey: .id)
            try c.encode(command, forKey: .command)
        case .add(let id, let name):
            try c.encode("add", forKey: .race)
            try c.encode(id, forKey: .copyOf)
            try c.encode(name, forKey: .name)
        case .remove(let id):
            try c.encode("remove", forKey: .race)
            try c.encode(id, forKey: .id)
        }
    }
}
