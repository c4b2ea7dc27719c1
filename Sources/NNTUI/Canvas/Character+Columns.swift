extension Character {
    /// Whether the character takes exactly one terminal column: not a control character,
    /// not East Asian wide or fullwidth, not an emoji shown as a picture.
    ///
    /// This is a conservative table, not a full `wcwidth`: the playground only needs
    /// Latin text, box drawing, blocks, braille, arrows and a few geometric shapes.
    package var isOneColumn: Bool {
        guard let first = unicodeScalars.first else { return false }
        let v = first.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return false }
        // Fast paths for what views draw most: text, box drawing, blocks and braille.
        if v < 0x300 || (0x2500...0x25FC).contains(v) || (0x2800...0x28FF).contains(v) {
            return unicodeScalars.count == 1 || !unicodeScalars.contains { $0.value == 0xFE0F }
        }
        if unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return false }  // emoji presentation
        for range in Character.wideRanges where range.contains(v) { return false }
        // A lone combining mark has no column of its own.
        if (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v) { return false }
        return true
    }

    /// The character itself when it is one column wide, otherwise `?`.
    package var oneColumn: Character { isOneColumn ? self : "?" }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F5, 0x26FA...0x26FD,
        0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728, 0x274C...0x274C, 0x2753...0x2755,
        0x2757...0x2757, 0x2795...0x2797, 0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C,
        0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F004...0x1F004,
        0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
        0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F900...0x1F9FF,
        0x1FA70...0x1FAFF, 0x20000...0x3FFFD,
    ]
}

extension String {
    /// The number of terminal columns the text takes when every character is one
    /// column wide (as `Canvas` draws it: wide characters become `?`).
    package var columns: Int { count }
}
