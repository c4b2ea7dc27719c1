/// A fingerprint of a network's parameters, written in session checkpoints: FNV-1a
/// (64 bits) over the parameter count and then every parameter's IEEE-754 bit
/// pattern, each as 8 little-endian bytes, in `Network.parameters` order.
///
/// Two networks have the same hash when (barring a 1 in 2⁶⁴ accident) every weight
/// and bias is the same bit for bit, including NaN payloads and the sign of zero.
/// In JSON it is 16 lower-case hexadecimal digits, `"hash":"9f3a04c21b7e5d60"`.
package struct ParameterHash: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 64-bit FNV-1a value.
    package var value: UInt64

    package init(value: UInt64) {
        self.value = value
    }

    /// The hash of `parameters`.
    package init(parameters: [Double]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ word: UInt64) {
            var w = word
            for _ in 0..<8 {
                hash = (hash ^ (w & 0xff)) &* 0x0000_0100_0000_01b3
                w >>= 8
            }
        }
        mix(UInt64(parameters.count))
        for p in parameters { mix(p.bitPattern) }
        value = hash
    }

    /// The 16 hexadecimal digits of the JSON form; nil unless `text` is exactly that.
    package init?(hex text: String) {
        guard text.utf8.count == 16, text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }),
              let value = UInt64(text, radix: 16) else { return nil }
        self.value = value
    }

    /// 16 lower-case hexadecimal digits.
    package var description: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let hash = ParameterHash(hex: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected 16 lower-case hexadecimal digits, found \"\(text)\"")
        }
        self = hash
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
