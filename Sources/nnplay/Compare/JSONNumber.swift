import Foundation

/// A number in a comparison's JSON report: `null` when absent or not finite (NaN after
/// divergence), as `nnplay train --json` writes them.
struct JSONNumber: Encodable {
    let value: Double?

    init(_ value: Double?) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value, value.isFinite { try container.encode(value) } else { try container.encodeNil() }
    }
}
