/// An unevaluated sum hi + lo of two doubles, |lo| ≤ ½ ulp(hi): about 106 significant
/// bits. nnplay's own `log`, `sin` and `cos` carry their intermediate results this way
/// and round once at the end, so the result is almost always the correctly rounded one.
///
/// Every operation is plain IEEE arithmetic plus explicit fused multiply-adds (exact
/// products), so the bits are the same on every machine.
package struct DoubleDouble: Sendable, Equatable {
    package var hi: Double
    package var lo: Double

    @inline(__always)
    package init(_ hi: Double, _ lo: Double = 0) {
        self.hi = hi
        self.lo = lo
    }

    /// hi + lo rounded to one double.
    @inline(__always)
    package var value: Double { hi + lo }

    /// a + b exactly (Knuth's two-sum).
    @inline(__always)
    package static func sum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        let bb = s - a
        return DoubleDouble(s, (a - (s - bb)) + (b - bb))
    }

    /// a + b exactly when |a| ≥ |b| (Dekker's fast two-sum).
    @inline(__always)
    package static func fastSum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        return DoubleDouble(s, b - (s - a))
    }

    /// a·b exactly: the rounded product and its rounding error, fma(a, b, −a·b).
    @inline(__always)
    package static func product(_ a: Double, _ b: Double) -> DoubleDouble {
        let p = a * b
        return DoubleDouble(p, (-p).addingProduct(a, b))
    }

    @inline(__always)
    package static func + (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        var s = sum(a.hi, b.hi)
        let t = sum(a.lo, b.lo)
        s = fastSum(s.hi, s.lo + t.hi)
        return fastSum(s.hi, s.lo + t.lo)
    }

    @inline(__always)
    package static prefix func - (a: DoubleDouble) -> DoubleDouble { DoubleDouble(-a.hi, -a.lo) }

    @inline(__always)
    package static func - (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble { a + (-b) }

    @inline(__always)
    package static func * (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let p = product(a.hi, b.hi)
        return fastSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi))
    }

    @inline(__always)
    package static func * (a: DoubleDouble, b: Double) -> DoubleDouble {
        let p = product(a.hi, b)
        return fastSum(p.hi, p.lo + a.lo * b)
    }

    /// a / b: the rounded quotient q, then (a − q·b)/b, whose first part is exact.
    @inline(__always)
    package static func / (a: DoubleDouble, b: Double) -> DoubleDouble {
        let q = a.hi / b
        let remainder = a.hi.addingProduct(-q, b) + a.lo
        return fastSum(q, remainder / b)
    }
}
