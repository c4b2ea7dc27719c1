/// nnplay's own seeded random generator (xoshiro256**, seeded through SplitMix64).
///
/// The core never uses `SystemRandomNumberGenerator` or the standard library's
/// mapping from bits to ranges, which may change between Swift versions: every
/// uniform, normal and shuffle below is defined here, so the same seed gives the
/// same bits on every run and every machine.
package struct RandomSource: Sendable, Equatable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A generator whose whole state is derived from `seed` by SplitMix64.
    package init(seed: UInt64) {
        var sm = seed
        s0 = RandomSource.splitMix(&sm)
        s1 = RandomSource.splitMix(&sm)
        s2 = RandomSource.splitMix(&sm)
        s3 = RandomSource.splitMix(&sm)
    }

    /// The independent stream `stream` of a session seeded with `seed`.
    package init(seed: UInt64, stream: RandomStream) {
        var sm = seed ^ (stream.rawValue &* 0xD1B5_4A32_D192_ED03)
        self.init(seed: RandomSource.splitMix(&sm))
    }

    /// SplitMix64: advances `state` and returns a well-mixed 64-bit value.
    @inline(__always)
    static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits (xoshiro256**).
    @inline(__always)
    package mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in [0, 1) with 53 random bits.
    @inline(__always)
    package mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform in [low, high).
    @inline(__always)
    package mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * uniform()
    }

    /// A uniform integer in 0..<bound (Lemire's multiply-shift with rejection, unbiased).
    package mutating func integer(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let b = UInt64(bound)
        var product = next().multipliedFullWidth(by: b)
        if product.low < b {
            let threshold = (0 &- b) % b
            while product.low < threshold {
                product = next().multipliedFullWidth(by: b)
            }
        }
        return Int(product.high)
    }

    /// A normal deviate N(mean, sd²) by the Marsaglia polar method (as TensorFlow
    /// Playground's `normalRandom`): draw (v1, v2) in the unit disc, then
    /// v1·√(−2 ln s / s) is standard normal.
    package mutating func normal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
        var v1 = 0.0, s = 0.0
        repeat {
            v1 = 2 * uniform() - 1
            let v2 = 2 * uniform() - 1
            s = v1 * v1 + v2 * v2
        } while s >= 1 || s == 0
        return mean + standardDeviation * v1 * (-2 * PlatformMath.log(s) / s).squareRoot()
    }

    /// Fisher–Yates shuffle, from the last element down.
    package mutating func shuffle<T>(_ array: inout [T]) {
        var i = array.count - 1
        while i > 0 {
            let j = integer(below: i + 1)
            array.swapAt(i, j)
            i -= 1
        }
    }
}

/// The independent random streams of one session, all derived from its seed, so
/// that (say) turning dropout on does not change the data or the initial weights.
package enum RandomStream: UInt64, Sendable, CaseIterable {
    case data = 1
    case initialization = 2
    case shuffling = 3
    case dropout = 4
    /// Points a student adds or other interactive randomness.
    case interaction = 5
    /// Which points are held out for testing.
    case split = 6
    /// The population of a gradient-free optimizer (`--optimizer ga`, `cma-es`).
    case evolution = 7
}
