import NNPrimitives

/// nnplay's own exp, expm1, tanh and sigmoid on eight lanes at a time.
///
/// Why our own: libm's `tanh`/`exp` cost ~6–8 ns a call and were half of the
/// training time; these take a fraction of that per lane. And because every
/// step is written out here (explicit fused multiply-adds, fixed order), a
/// value is bit-identical on every machine and in every lane, so a decision
/// grid and a training batch agree exactly on the same point.
///
/// Method (Cody–Waite): x = n·ln2 + r with |r| ≤ ln2/2, so eˣ = 2ⁿ·eʳ; eʳ − 1 is
/// a degree-12 Taylor polynomial (error below 1e-16 on that interval), and 2ⁿ
/// is built directly in the exponent bits.
package enum VectorMath {
    @usableFromInline static let log2e = 1.4426950408889634
    @usableFromInline static let ln2High = 6.93147180369123816490e-01
    @usableFromInline static let ln2Low = 1.90821492927058770002e-10
    /// eʳ − 1 for |r| ≤ ln2/2, without cancellation: r + r²·(1/2! + r/3! + …).
    @inline(__always) @usableFromInline
    static func expm1Reduced(_ r: Lanes) -> Lanes {
        var p = Lanes(repeating: 1.0 / 479_001_600.0)                  // 1/12!
        p = Lanes(repeating: 1.0 / 39_916_800.0).addingProduct(p, r)   // 1/11!
        p = Lanes(repeating: 1.0 / 3_628_800.0).addingProduct(p, r)    // 1/10!
        p = Lanes(repeating: 1.0 / 362_880.0).addingProduct(p, r)      // 1/9!
        p = Lanes(repeating: 1.0 / 40_320.0).addingProduct(p, r)       // 1/8!
        p = Lanes(repeating: 1.0 / 5_040.0).addingProduct(p, r)        // 1/7!
        p = Lanes(repeating: 1.0 / 720.0).addingProduct(p, r)          // 1/6!
        p = Lanes(repeating: 1.0 / 120.0).addingProduct(p, r)          // 1/5!
        p = Lanes(repeating: 1.0 / 24.0).addingProduct(p, r)           // 1/4!
        p = Lanes(repeating: 1.0 / 6.0).addingProduct(p, r)            // 1/3!
        p = Lanes(repeating: 0.5).addingProduct(p, r)                  // 1/2!
        return r.addingProduct(p, r * r)
    }

    /// 1.5·2⁵²: adding it rounds a double to an integer (ties to even) and leaves that
    /// integer in the low bits of the result.
    @usableFromInline static let shifter = 6755399441055744.0

    /// Splits x into n (an integer-valued double, x·log₂e rounded) and r = x − n·ln2,
    /// and returns 2ⁿ too, assembled in the exponent field: valid for −1022 ≤ n ≤ 1023.
    @inline(__always) @usableFromInline
    static func reduce(_ x: Lanes) -> (r: Lanes, scale: Lanes) {
        let t = Lanes(repeating: shifter).addingProduct(x, Lanes(repeating: log2e))
        let n = t - shifter
        var r = x.addingProduct(n, Lanes(repeating: -ln2High))
        r = r.addingProduct(n, Lanes(repeating: -ln2Low))
        let bits = (unsafeBitCast(t, to: SIMD8<UInt64>.self) &+ 1023) &<< 52
        return (r, unsafeBitCast(bits, to: Lanes.self))
    }

    /// x with lanes above `high` set to `high` and below `low` set to `low`; NaN lanes stay NaN.
    @inline(__always) @usableFromInline
    static func clamp(_ x: Lanes, _ low: Double, _ high: Double) -> Lanes {
        x.replacing(with: high, where: x .> high).replacing(with: low, where: x .< low)
    }

    /// eˣ for −708 ≤ x ≤ 709 (or NaN): no range checks.
    @inline(__always) @usableFromInline
    static func expInRange(_ x: Lanes) -> Lanes {
        let (r, scale) = reduce(x)
        return scale.addingProduct(scale, expm1Reduced(r))
    }

    /// eˣ lane by lane: +∞ above 709.78, 0 below −708, NaN stays NaN.
    @inline(__always)
    package static func exp(_ x: Lanes) -> Lanes {
        var result = expInRange(clamp(x, -708, 709))
        result.replace(with: .infinity, where: x .> 709.78)
        result.replace(with: 0, where: x .< -708)
        return result
    }

    /// eˣ − 1, accurate near 0 (no cancellation): 2ⁿ·q + (2ⁿ − 1) with q = eʳ − 1.
    /// Below −50 it is −1 to double precision; above 709 it is +∞.
    @inline(__always)
    package static func expm1(_ x: Lanes) -> Lanes {
        var result = expm1InRange(clamp(x, -50, 709))
        result.replace(with: .infinity, where: x .> 709.78)
        return result
    }

    /// eˣ − 1 for −50 ≤ x ≤ 709 (or NaN): no range checks.
    @inline(__always) @usableFromInline
    static func expm1InRange(_ x: Lanes) -> Lanes {
        let (r, scale) = reduce(x)
        return (scale - 1).addingProduct(scale, expm1Reduced(r))
    }

    @usableFromInline static let signMask = SIMD8<UInt64>(repeating: 0x8000_0000_0000_0000)

    /// tanh x = sign(x) · e/(e + 2) with e = expm1(2|x|) (no cancellation near 0);
    /// exactly ±1 beyond |x| = 20; NaN stays NaN.
    @inline(__always)
    package static func tanh(_ x: Lanes) -> Lanes {
        let bits = unsafeBitCast(x, to: SIMD8<UInt64>.self)
        let sign = bits & signMask
        let twiceAbs = unsafeBitCast(bits & ~signMask, to: Lanes.self) * 2
        let e = expm1InRange(twiceAbs.replacing(with: 40, where: twiceAbs .> 40))
        let t = e / (e + 2)
        return unsafeBitCast(unsafeBitCast(t, to: SIMD8<UInt64>.self) | sign, to: Lanes.self)
    }

    /// The logistic function σ(x) = 1/(1 + e⁻ˣ), in [0, 1] for every input.
    @inline(__always)
    package static func sigmoid(_ x: Lanes) -> Lanes {
        1 / (1 + expInRange(clamp(-x, -708, 709)))
    }

    /// ln(1 + eˣ) computed stably as max(x, 0) + ln(1 + e^−|x|) (used by the losses, lane by lane).
    package static func softplus(_ x: Double) -> Double {
        let e = exp(Lanes(repeating: -abs(x)))[0]
        return max(x, 0) + PlatformMath.log1p(e)
    }

    /// Scalar forms: the same bits as the lane forms.
    @inline(__always) package static func exp(_ x: Double) -> Double { exp(Lanes(repeating: x))[0] }
    @inline(__always) package static func expm1(_ x: Double) -> Double { expm1(Lanes(repeating: x))[0] }
    @inline(__always) package static func tanh(_ x: Double) -> Double { tanh(Lanes(repeating: x))[0] }
    @inline(__always) package static func sigmoid(_ x: Double) -> Double { sigmoid(Lanes(repeating: x))[0] }
}
