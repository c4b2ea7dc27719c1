/// A short, stable fingerprint of a text: 64-bit FNV-1a over its UTF-8 bytes, as 16
/// hex digits. Not cryptographic; it only tells one version of a lesson from another,
/// and is the same on every platform and Swift version (unlike `Hasher`).
package enum ContentHash {
    package static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
