/// Argument reduction for `SineCosine`: x ≥ 0 as n·π/2 + r with |r| ≲ π/4 and r a
/// double-double, so that sin x and cos x follow from sin r and cos r by n mod 4.
///
/// Below 2²⁰·π/2 (Cody and Waite): n = round(x·2/π) and r = x − n·P₁ − n·P₂ − n·P₃,
/// where P₁ and P₂ hold 33 bits of π/2 each (so n·P₁ and n·P₂ are exact, and so is
/// x − n·P₁) and P₃ the next 53; r's error is below n·2⁻¹²² absolute.
/// Above (Payne and Hanek): x = M·2ᴱ with M a 53-bit integer; only a 192-bit window
/// of the binary digits of 2/π matters (the bits before it make x·2/π a multiple of 4,
/// the bits after it change the product by less than 2⁻¹⁴⁰), so x·2/π mod 4 is read
/// exactly from the integer product M × window, and r = (its fraction)·π/2.
enum QuarterTurns {
    static let piOver2 = DoubleDouble(0x1.921fb54442d18p0, 0x1.1a62633145c07p-54)
    static let p1 = 0x1.921fb544p0
    static let p2 = 0x1.0b4611a6p-34
    static let p3 = 0x1.3198a2e037073p-69
    static let twoOverPi = 0x1.45f306dc9c883p-1

    /// The binary digits of 2/π after the point, 64 to a word (enough for every double).
    static let twoOverPiBits: [UInt64] = [
        0xA2F9_836E_4E44_1529, 0xFC27_57D1_F534_DDC0, 0xDB62_9599_3C43_9041, 0xFE51_63AB_DEBB_C561,
        0xB724_6E3A_424D_D2E0, 0x0649_2EEA_09D1_921C, 0xFE1D_EB1C_B129_A73E, 0xE882_35F5_2EBB_4484,
        0xE99C_7026_B45F_7E41, 0x3991_D639_8353_39F4, 0x9C84_5F8B_BDF9_283B, 0x1FF8_97FF_DE05_980F,
        0xEF2F_118B_5A0A_6D1F, 0x6D36_7ECF_27CB_09B7, 0x4F46_3F66_9E5F_EA2D, 0x7527_BAC7_EBE5_F17B,
        0x3D07_39F7_8A52_92EA, 0x6BFB_5FB1_1F8D_5D08, 0x5603_3046_FC7B_6BAB, 0xF0CF_BC20_9AF4_361D,
    ]

    /// (n mod 4 or more, r) for finite x ≥ 0.
    static func reduce(_ x: Double) -> (n: Int, r: DoubleDouble) {
        if x <= 0x1.921fb54442d18p-1 { return (0, DoubleDouble(x)) }  // π/4
        if x < 0x1p20 * 0x1.921fb54442d18p0 {
            let n = (x * twoOverPi).rounded(.toNearestOrEven)
            let r1 = DoubleDouble.sum(x - n * p1, -(n * p2))
            return (Int(n), r1 - DoubleDouble.product(n, p3))
        }
        return payneHanek(x)
    }

    /// x·2/π mod 4 from the exact product of x's significand with 192 bits of 2/π.
    static func payneHanek(_ x: Double) -> (n: Int, r: DoubleDouble) {
        let bits = x.bitPattern
        let e = Int((bits >> 52) & 0x7FF) - 1075  // x = M·2ᵉ
        let m = (bits & 0x000F_FFFF_FFFF_FFFF) | 0x0010_0000_0000_0000
        let start = max(0, e - 2)  // the first digit of 2/π whose product with x is not a multiple of 4
        let w = window(from: start)
        // P = m × (w0, w1, w2): four words, most significant first.
        let (h0, l0) = m.multipliedFullWidth(by: w[0])
        let (h1, l1) = m.multipliedFullWidth(by: w[1])
        let (h2, l2) = m.multipliedFullWidth(by: w[2])
        let (p2, c2) = l1.addingReportingOverflow(h2)
        let (p1a, c1a) = l0.addingReportingOverflow(h1)
        let (p1, c1b) = p1a.addingReportingOverflow(c2 ? 1 : 0)
        let p0 = h0 &+ (c1a ? 1 : 0) &+ (c1b ? 1 : 0)
        let product = [p0, p1, p2, l2]
        // x·2/π = P·2^(e − start − 192): the point sits `fractionBits` bits from the bottom.
        let fractionBits = 192 + start - e
        let integer = shiftedRight(product, by: fractionBits)
        let fraction = shiftedLeft(product, by: 256 - fractionBits)  // fraction digits at the top
        var n = Int(integer & 3)
        var high = fraction[0], low = fraction[1]
        var negative = false
        if high >> 63 == 1 {  // fraction ≥ ½: round n up, r = (fraction − 1)·π/2
            n += 1
            negative = true
            low = ~low &+ 1
            high = ~high &+ (low == 0 ? 1 : 0)
        }
        // The 128 fraction bits as 53 + 53 + 22 exact pieces.
        let a = Double(high >> 11) * 0x1p-53
        let b = Double(((high & 0x7FF) << 42) | (low >> 22)) * 0x1p-106
        let c = Double(low & 0x3F_FFFF) * 0x1p-128
        let f = DoubleDouble.sum(a, b) + DoubleDouble(c)
        let r = f * piOver2
        return (n, negative ? -r : r)
    }

    /// 192 digits of 2/π from digit `start` (digit 0 is the first after the point).
    static func window(from start: Int) -> [UInt64] {
        let word = start / 64, shift = UInt64(start % 64)
        let t = twoOverPiBits
        return (0..<3).map { i in
            shift == 0 ? t[word + i] : (t[word + i] << shift) | (t[word + i + 1] >> (64 - shift))
        }
    }

    /// The low 64 bits of a 256-bit number (four words, most significant first) shifted right.
    static func shiftedRight(_ p: [UInt64], by count: Int) -> UInt64 {
        let word = count / 64, shift = UInt64(count % 64)
        let lowIndex = 3 - word
        guard lowIndex >= 0 else { return 0 }
        var result = p[lowIndex] >> shift
        if shift > 0 && lowIndex > 0 { result |= p[lowIndex - 1] << (64 - shift) }
        return result
    }

    /// The top two words of a 256-bit number shifted left.
    static func shiftedLeft(_ p: [UInt64], by count: Int) -> [UInt64] {
        let word = count / 64, shift = UInt64(count % 64)
        func at(_ i: Int) -> UInt64 { i < 4 ? p[i] : 0 }
        return (0..<2).map { i in
            shift == 0 ? at(word + i) : (at(word + i) << shift) | (at(word + i + 1) >> (64 - shift))
        }
    }
}
