import NNPrimitives

/// The Euclidean norm of a whole gradient, for gradient clipping.
enum GlobalNorm {
    /// √(Σ xᵢ²) in a fixed order, so the result is the same on every machine: eight
    /// running sums (lane k sums xᵢ² for i ≡ k mod 8, with fused multiply-adds), then
    /// the remainder into lane 0…, then the lanes added pairwise.
    @inline(__always)
    static func norm(_ x: UnsafeBufferPointer<Double>) -> Double {
        guard let base = x.baseAddress else { return 0 }
        let count = x.count
        var lanes = Lanes(repeating: 0)
        var i = 0
        while i + Lanes.scalarCount <= count {
            let chunk = UnsafeRawPointer(base + i).loadUnaligned(as: Lanes.self)
            lanes = lanes.addingProduct(chunk, chunk)
            i += Lanes.scalarCount
        }
        var lane = 0
        while i < count {
            lanes[lane] = lanes[lane].addingProduct(base[i], base[i])
            i += 1
            lane += 1
        }
        let quads = lanes.lowHalf + lanes.highHalf
        let pairs = quads.lowHalf + quads.highHalf
        return (pairs[0] + pairs[1]).squareRoot()
    }
}
