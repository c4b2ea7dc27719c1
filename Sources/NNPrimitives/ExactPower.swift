/// xⁿ for Adam's bias correction, the same on every machine and equal (except in
/// astronomically rare ties) to the correctly rounded value.
///
/// PyTorch computes `beta1 ** step` with the C library's `pow`, which is accurate to
/// about half an ulp but is not specified bit for bit and may differ between
/// platforms. We avoid `pow` and compute xⁿ by repeated squaring in *double-double*
/// arithmetic: every intermediate value is an unevaluated sum hi + lo of two doubles
/// (about 106 significant bits), with each product's rounding error recovered
/// exactly by a fused multiply-add (`DoubleDouble`). Only the final hi + lo is rounded to a double.
/// The result depends on x and n alone (never on the history of calls), costs about
/// 2·log₂ n double-double products, and is meant for |x| ≤ 1 and n ≥ 0 (n ≤ 0 gives 1).
package enum ExactPower {
    /// xⁿ rounded to the nearest double.
    package static func power(_ x: Double, _ n: Int) -> Double {
        var result = DoubleDouble(1)
        var base = DoubleDouble(x)
        var e = n
        while e > 0 {
            if e & 1 == 1 { result = result * base }
            e >>= 1
            if e > 0 { base = base * base }
        }
        return result.hi
    }
}
