import Testing
@testable import NNCore

@Suite struct RandomSourceTests {
    @Test func sameSeedSameBits() {
        var a = RandomSource(seed: 42), b = RandomSource(seed: 42)
        for _ in 0..<1000 { #expect(a.next() == b.next()) }
    }

    @Test func differentSeedsAndStreamsDiffer() {
        var a = RandomSource(seed: 1), b = RandomSource(seed: 2)
        #expect(a.next() != b.next())
        var d = RandomSource(seed: 7, stream: .data), i = RandomSource(seed: 7, stream: .initialization)
        #expect(d.next() != i.next())
    }

    /// xoshiro256** from a SplitMix64-expanded seed of 0: the first outputs are fixed
    /// forever, so any change to the generator (which would break old sessions) fails here.
    @Test func knownSequenceIsStable() {
        var sm: UInt64 = 0
        let first = RandomSource.splitMix(&sm)
        #expect(first == 0xE220_A839_7B1D_CDAF) // SplitMix64's published first output for seed 0
    }

    @Test func uniformStaysInRangeWithRightMean() {
        var r = RandomSource(seed: 3)
        var sum = 0.0
        for _ in 0..<100_000 {
            let u = r.uniform()
            #expect(u >= 0 && u < 1)
            sum += u
        }
        #expect(abs(sum / 100_000 - 0.5) < 0.005)
    }

    @Test func normalHasUnitVariance() {
        var r = RandomSource(seed: 4)
        let n = 100_000
        var sum = 0.0, sq = 0.0
        for _ in 0..<n { let v = r.normal(); sum += v; sq += v * v }
        let mean = sum / Double(n)
        #expect(abs(mean) < 0.02)
        #expect(abs(sq / Double(n) - mean * mean - 1) < 0.02)
    }

    @Test func integerBelowIsUnbiasedAndInRange() {
        var r = RandomSource(seed: 5)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[r.integer(below: 6)] += 1 }
        for c in counts { #expect(abs(c - 10_000) < 500) }
    }

    @Test func shuffleIsAPermutation() {
        var r = RandomSource(seed: 6)
        var a = Array(0..<100)
        r.shuffle(&a)
        #expect(a != Array(0..<100))
        #expect(a.sorted() == Array(0..<100))
    }
}
