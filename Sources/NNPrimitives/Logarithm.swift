/// nnplay's own natural logarithm, ln x and ln(1 + x), the same bits on every platform.
///
/// Method: x = 2ᵏ·m with m in [√½, √2), so ln x = k·ln 2 + ln m. With f = m − 1
/// (exact) and s = f/(2 + f), ln m = 2·atanh s = 2s + 2s·R with
/// R = s²/3 + s⁴/5 + s⁶/7 + … (|s| ≤ 0.1716, s² ≤ 0.0295). s, s², the first two terms
/// of R and the sums are double-doubles (`DoubleDouble`); the rest of R (from s⁶/7,
/// at most 3.7·10⁻⁶, to s²⁶/27, truncated below 2⁻⁷¹) is a Horner polynomial in
/// doubles. Only the last addition rounds to a double.
///
/// Error bound: the value before that last rounding is within about 2⁻⁶⁹ (relative)
/// of ln x, so the result is the correctly rounded one unless ln x lies within
/// 2⁻¹⁶ ulp of a rounding boundary, and is always within 0.501 ulp. glibc's `log` is
/// correctly rounded in nearly all cases too: measured on 10⁷ inputs nnplay uses
/// (see `OwnMathTests`), the two agree on all but a handful.
package enum Logarithm {
    /// ln 2 as a double-double.
    static let ln2 = DoubleDouble(0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56)

    /// ln x; −∞ at ±0, NaN below 0 and for NaN, +∞ at +∞.
    package static func log(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x == .infinity { return .infinity }
        return logarithm(x).value
    }

    /// ln(1 + x), accurate for small x: 1 + x = u + v exactly (two-sum), and
    /// ln(u + v) = ln u + v/u to far below an ulp (|v/u| ≤ 2⁻⁵³).
    package static func log1p(_ x: Double) -> Double {
        if x.isNaN || x < -1 { return .nan }
        if x == -1 { return -.infinity }
        if x == .infinity { return .infinity }
        if abs(x) < 0x1p-54 { return x }  // ln(1 + x) = x − x²/2 + …, and x²/2 < ½ ulp(x)
        let onePlusX = DoubleDouble.sum(1, x)
        return (logarithm(onePlusX.hi) + DoubleDouble(onePlusX.lo / onePlusX.hi)).value
    }

    /// ln x as a double-double, for finite x > 0.
    static func logarithm(_ x: Double) -> DoubleDouble {
        var x = x
        var k = 0
        if x < Double.leastNormalMagnitude {
            x *= 0x1p54
            k = -54
        }
        let bits = x.bitPattern
        k += Int((bits >> 52) & 0x7FF) - 1023
        var m = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000)  // [1, 2)
        if m > 0x1.6a09e667f3bcdp0 {  // √2
            m *= 0.5
            k += 1
        }
        let f = m - 1  // exact (Sterbenz)
        let twoPlusF = DoubleDouble.fastSum(2, f)
        let sHigh = f / twoPlusF.hi
        let remainder = f.addingProduct(-sHigh, twoPlusF.hi) - sHigh * twoPlusF.lo
        let s = DoubleDouble.fastSum(sHigh, remainder / twoPlusF.hi)
        let z = s * s
        let zz = z * z
        let w = z.hi
        // s⁶/7 + s⁸/9 + … + s²⁶/27 = z³·(1/7 + z/9 + … + z¹⁰/27)
        var tail = 1.0 / 27
        for odd in stride(from: 25.0, through: 7, by: -2) { tail = (1 / odd).addingProduct(tail, w) }
        let r = z / 3 + zz / 5 + DoubleDouble(zz.hi * w * tail)
        let twoS = DoubleDouble(2 * s.hi, 2 * s.lo)
        let lnM = twoS + twoS * r
        if k == 0 { return lnM }
        let kd = Double(k)
        let kLn2 = DoubleDouble.product(kd, ln2.hi) + DoubleDouble(kd * ln2.lo)
        return kLn2 + lnM
    }
}
