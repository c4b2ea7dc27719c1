/// The xterm colour tables and nearest-colour searches used to bring 24-bit colours
/// down to 256, 16 or 8 colours.
package enum XTermColours {
    /// The six levels of each channel of the 6×6×6 cube (entries 16…231).
    package static let cubeLevels: [UInt8] = [0x00, 0x5F, 0x87, 0xAF, 0xD7, 0xFF]

    /// xterm's default RGB values of the 16 ANSI colours (0–7 normal, 8–15 bright).
    package static let ansi: [RGB] = [
        RGB(0x000000), RGB(0xCD0000), RGB(0x00CD00), RGB(0xCDCD00),
        RGB(0x0000EE), RGB(0xCD00CD), RGB(0x00CDCD), RGB(0xE5E5E5),
        RGB(0x7F7F7F), RGB(0xFF0000), RGB(0x00FF00), RGB(0xFFFF00),
        RGB(0x5C5CFF), RGB(0xFF00FF), RGB(0x00FFFF), RGB(0xFFFFFF),
    ]

    /// The RGB value of entry `index` of the 256-colour table.
    package static func rgb(ofIndex index: Int) -> RGB {
        switch index {
        case ..<0: return ansi[0]
        case 0..<16: return ansi[index]
        case 16..<232:
            let i = index - 16
            return RGB(red: cubeLevels[i / 36], green: cubeLevels[(i / 6) % 6], blue: cubeLevels[i % 6])
        case 232..<256:
            let v = UInt8(8 + 10 * (index - 232))
            return RGB(red: v, green: v, blue: v)
        default: return ansi[15]
        }
    }

    /// The nearest entry of the cube (16…231) or the grey ramp (232…255), as tmux
    /// picks it: the nearest cube level per channel, unless the nearest grey is closer.
    /// The 16 ANSI colours are never chosen (themes redefine them).
    package static func nearest256(_ c: RGB) -> Int {
        func cubeStep(_ v: UInt8) -> Int {
            if v < 48 { return 0 }
            if v < 114 { return 1 }
            return (Int(v) - 35) / 40
        }
        let qr = cubeStep(c.red), qg = cubeStep(c.green), qb = cubeStep(c.blue)
        let cube = RGB(red: cubeLevels[qr], green: cubeLevels[qg], blue: cubeLevels[qb])
        let cubeIndex = 16 + 36 * qr + 6 * qg + qb
        if cube == c { return cubeIndex }
        let average = (Int(c.red) + Int(c.green) + Int(c.blue)) / 3
        let greyStep = average > 238 ? 23 : (average - 3) / 10
        let greyValue = UInt8(8 + 10 * max(0, greyStep))
        let grey = RGB(red: greyValue, green: greyValue, blue: greyValue)
        return grey.distanceSquared(to: c) < cube.distanceSquared(to: c) ? 232 + max(0, greyStep) : cubeIndex
    }

    /// The nearest of the first `count` ANSI colours (16 or 8) by xterm's default values;
    /// ties go to the lower index.
    package static func nearestANSI(_ c: RGB, count: Int) -> Int {
        var best = 0, bestDistance = Int.max
        for i in 0..<min(max(count, 1), 16) {
            let d = ansi[i].distanceSquared(to: c)
            if d < bestDistance {
                best = i
                bestDistance = d
            }
        }
        return best
    }
}
