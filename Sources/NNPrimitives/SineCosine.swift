/// nnplay's own sin and cos, the same bits on every platform.
///
/// Method: x = n·π/2 + r with |r| ≤ π/4 (about), r a double-double (`QuarterTurns`),
/// then sin x and cos x are ±sin r or ±cos r by the quadrant n mod 4. On that
/// interval, sin r = r + r·z·P(z) and cos r = 1 + z·Q(z) with z = r², their Taylor
/// series up to r²³ and r²⁴ (truncation below 2⁻⁷² relative). The leading
/// coefficients (down to r⁷/7! and r⁶/6!) are evaluated in double-double, the small
/// rest of each series in doubles; only the last addition rounds to a double.
///
/// Error bound: for |r| ≥ 2⁻³⁰ (every x except those within 2⁻³⁰ of a multiple of
/// π/2, and tiny x, which are exact), the value before the last rounding is within
/// about 2⁻⁶⁹ (relative) of the true one, so the result is the correctly rounded one
/// unless the true value lies within 2⁻¹⁶ ulp of a rounding boundary, and is always
/// within 0.501 ulp. glibc's sin and cos are correctly rounded in nearly all cases:
/// measured on 10⁷ inputs nnplay uses (see `OwnMathTests`), the two agree on all but a
/// handful.
package enum SineCosine {
    /// sin x; NaN for ±∞ and NaN.
    package static func sin(_ x: Double) -> Double {
        guard x.isFinite else { return .nan }
        let a = abs(x)
        if a < 0x1p-26 { return x }  // sin x = x − x³/6 + …, and x³/6 < ½ ulp(x)
        let (n, r) = QuarterTurns.reduce(a)
        let value: Double
        switch n & 3 {
        case 0: value = sine(r)
        case 1: value = cosine(r)
        case 2: value = -sine(r)
        default: value = -cosine(r)
        }
        return x < 0 ? -value : value
    }

    /// cos x; NaN for ±∞ and NaN.
    package static func cos(_ x: Double) -> Double {
        guard x.isFinite else { return .nan }
        let a = abs(x)
        if a < 0x1p-27 { return 1 }  // cos x = 1 − x²/2 + …, and x²/2 < ½ ulp below 1
        let (n, r) = QuarterTurns.reduce(a)
        switch n & 3 {
        case 0: return cosine(r)
        case 1: return -sine(r)
        case 2: return -cosine(r)
        default: return sine(r)
        }
    }

    /// (−1)ᵏ/(2k+1)! and (−1)ᵏ/(2k)! as double-doubles, for the leading terms.
    static let minusSixth = -(DoubleDouble(1) / 6)
    static let oneOver120 = DoubleDouble(1) / 120
    static let minusOneOver5040 = -(DoubleDouble(1) / 5040)
    static let oneOver24 = DoubleDouble(1) / 24
    static let minusOneOver720 = -(DoubleDouble(1) / 720)

    /// 1/k! for k = 0 … 24, as doubles (each worked out in double-double, then rounded).
    static let inverseFactorials: [Double] = {
        var f = [DoubleDouble(1)]
        for k in 1...24 { f.append(f[k - 1] / Double(k)) }
        return f.map(\.hi)
    }()

    /// sin r for |r| ≲ π/4.
    static func sine(_ r: DoubleDouble) -> Double {
        let z = r * r
        let w = z.hi
        // 1/9! − z/11! + … − z⁷/23!
        var tail = -inverseFactorials[23]
        for k in stride(from: 21, through: 9, by: -2) {
            tail = (k % 4 == 1 ? inverseFactorials[k] : -inverseFactorials[k]).addingProduct(tail, w)
        }
        var p = minusOneOver5040 + DoubleDouble(w * tail)
        p = oneOver120 + z * p
        p = minusSixth + z * p
        return (r + (r * z) * p).value
    }

    /// cos r for |r| ≲ π/4.
    static func cosine(_ r: DoubleDouble) -> Double {
        let z = r * r
        let w = z.hi
        // 1/8! − z/10! + … + z⁸/24!
        var tail = inverseFactorials[24]
        for k in stride(from: 22, through: 8, by: -2) {
            tail = (k % 4 == 0 ? inverseFactorials[k] : -inverseFactorials[k]).addingProduct(tail, w)
        }
        var q = minusOneOver720 + DoubleDouble(w * tail)
        q = oneOver24 + z * q
        q = DoubleDouble(-0.5) + z * q
        return (DoubleDouble(1) + z * q).value
    }
}
