import NNPrimitives

/// The inner loops of a dense layer over a batch stored neuron-major: value (i, b)
/// of a layer with `lanes` columns sits at `i * lanes + b`, `lanes` a multiple of 8.
/// Each loop runs over eight samples at once with explicit fused multiply-adds in
/// a fixed order, so results do not depend on the machine or on which lane (batch
/// position) a sample lands in.
enum DenseKernels {
    @inline(__always)
    static func load(_ p: UnsafePointer<Double>, _ k: Int) -> Lanes {
        UnsafeRawPointer(p + k).loadUnaligned(as: Lanes.self)
    }

    @inline(__always)
    static func store(_ v: Lanes, _ p: UnsafeMutablePointer<Double>, _ k: Int) {
        UnsafeMutableRawPointer(p + k).storeBytes(of: v, as: Lanes.self)
    }

    /// Forward: z[i, b] = bias[i] + Σⱼ W[i, j]·a[j, b]  (j in order 0, 1, …).
    static func forward(weights w: UnsafePointer<Double>, biases: UnsafePointer<Double>,
                        input a: UnsafePointer<Double>, inputCount: Int,
                        output z: UnsafeMutablePointer<Double>, outputCount: Int, lanes: Int) {
        weightedSums(weights: w, rowStride: inputCount, termStride: 1, start: biases,
                     terms: a, termCount: inputCount, output: z, outputCount: outputCount, lanes: lanes)
    }

    /// Backward through the weights: g[j, b] = Σᵢ W[i, j]·δ[i, b]  (i in order).
    static func backpropagate(weights w: UnsafePointer<Double>, delta d: UnsafePointer<Double>, outputCount: Int,
                              inputGradient g: UnsafeMutablePointer<Double>, inputCount: Int, lanes: Int) {
        weightedSums(weights: w, rowStride: 1, termStride: inputCount, start: nil,
                     terms: d, termCount: outputCount, output: g, outputCount: inputCount, lanes: lanes)
    }

    /// out[o, b] = start[o] + Σₖ w[o·rowStride + k·termStride]·terms[k, b], k in order, with
    /// 32 lanes in registers at a time: the shared loop of `forward` (rows of W) and
    /// `backpropagate` (columns of W).
    @inline(__always)
    private static func weightedSums(weights w: UnsafePointer<Double>, rowStride: Int, termStride: Int,
                                     start: UnsafePointer<Double>?, terms t: UnsafePointer<Double>, termCount: Int,
                                     output out: UnsafeMutablePointer<Double>, outputCount: Int, lanes: Int) {
        for o in 0..<outputCount {
            let row = w + o * rowStride
            let s = Lanes(repeating: start?[o] ?? 0)
            var c = 0
            while c + 32 <= lanes {
                var s0 = s, s1 = s, s2 = s, s3 = s
                for k in 0..<termCount {
                    let wk = Lanes(repeating: row[k * termStride])
                    let tk = t + k * lanes + c
                    s0 = s0.addingProduct(wk, load(tk, 0))
                    s1 = s1.addingProduct(wk, load(tk, 8))
                    s2 = s2.addingProduct(wk, load(tk, 16))
                    s3 = s3.addingProduct(wk, load(tk, 24))
                }
                let oc = out + o * lanes + c
                store(s0, oc, 0); store(s1, oc, 8); store(s2, oc, 16); store(s3, oc, 24)
                c += 32
            }
            while c < lanes {
                var s0 = s
                for k in 0..<termCount {
                    s0 = s0.addingProduct(Lanes(repeating: row[k * termStride]), load(t + k * lanes + c, 0))
                }
                store(s0, out + o * lanes + c, 0)
                c += 8
            }
        }
    }

    /// Parameter gradients of one layer from its first `valid` lanes (the others carry
    /// δ = 0): ∂W[i, j] = Σ_b δ[i, b]·a[j, b] and ∂bias[i] = Σ_b δ[i, b], summed over b in
    /// order (written, not accumulated). The input is first transposed into `scratch`
    /// (sample-major, rows padded to a multiple of 8) so that eight weights of a row
    /// accumulate at once with no horizontal sums.
    /// Small layers (fewer than 8 inputs or 4 neurons) take dot products instead.
    static func parameterGradients(delta d: UnsafePointer<Double>, outputCount: Int,
                                   input a: UnsafePointer<Double>, inputCount: Int, lanes: Int, valid: Int,
                                   scratch t: UnsafeMutablePointer<Double>,
                                   weightGradient gw: UnsafeMutablePointer<Double>,
                                   biasGradient gb: UnsafeMutablePointer<Double>) {
        if inputCount < 8 || outputCount < 4 {
            parameterGradientsByDots(delta: d, outputCount: outputCount, input: a, inputCount: inputCount,
                                     lanes: lanes, valid: valid, weightGradient: gw, biasGradient: gb)
            return
        }
        let width = (inputCount + 7) / 8 * 8
        if width > inputCount { (t + valid &* 0).update(repeating: 0, count: valid &* width) }
        for j in 0..<inputCount {
            let source = a + j &* lanes
            var target = t + j
            for b in 0..<valid {
                target.pointee = source[b]
                target += width
            }
        }
        for i in 0..<outputCount {
            let di = d + i * lanes
            var bias = 0.0
            for b in 0..<valid { bias += di[b] }
            gb[i] = bias
            let out = gw + i * inputCount
            var j = 0
            while j < width {
                var s0 = Lanes(), s1 = Lanes(), s2 = Lanes(), s3 = Lanes()
                let blocks = min(4, (width - j) / 8)
                if blocks == 4 {
                    for b in 0..<valid {
                        let db = Lanes(repeating: di[b]), row = t + b * width + j
                        s0 = s0.addingProduct(db, load(row, 0))
                        s1 = s1.addingProduct(db, load(row, 8))
                        s2 = s2.addingProduct(db, load(row, 16))
                        s3 = s3.addingProduct(db, load(row, 24))
                    }
                } else {
                    for b in 0..<valid {
                        let db = Lanes(repeating: di[b]), row = t + b * width + j
                        s0 = s0.addingProduct(db, load(row, 0))
                        if blocks > 1 { s1 = s1.addingProduct(db, load(row, 8)) }
                        if blocks > 2 { s2 = s2.addingProduct(db, load(row, 16)) }
                    }
                }
                storePrefix(s0, out, from: j, limit: inputCount)
                if blocks > 1 { storePrefix(s1, out, from: j + 8, limit: inputCount) }
                if blocks > 2 { storePrefix(s2, out, from: j + 16, limit: inputCount) }
                if blocks > 3 { storePrefix(s3, out, from: j + 24, limit: inputCount) }
                j += 8 * blocks
            }
        }
    }

    /// The same sums as `parameterGradients`, as one lane-wise dot product per weight over
    /// the chunks of 8 lanes holding the `valid` samples, then the eight lanes pairwise.
    static func parameterGradientsByDots(delta d: UnsafePointer<Double>, outputCount: Int,
                                         input a: UnsafePointer<Double>, inputCount: Int, lanes: Int, valid: Int,
                                         weightGradient gw: UnsafeMutablePointer<Double>,
                                         biasGradient gb: UnsafeMutablePointer<Double>) {
        let used = (valid + 7) / 8 * 8
        for i in 0..<outputCount {
            let di = d + i * lanes
            var bias = 0.0
            for b in 0..<valid { bias += di[b] }
            gb[i] = bias
            var j = 0
            while j + 2 <= inputCount {
                var s0 = Lanes(), s1 = Lanes()
                let a0 = a + j * lanes, a1 = a0 + lanes
                var c = 0
                while c < used {
                    let dv = load(di, c)
                    s0 = s0.addingProduct(dv, load(a0, c))
                    s1 = s1.addingProduct(dv, load(a1, c))
                    c += 8
                }
                gw[i * inputCount + j] = horizontalSum(s0)
                gw[i * inputCount + j + 1] = horizontalSum(s1)
                j += 2
            }
            if j < inputCount {
                var s0 = Lanes()
                var c = 0
                while c < used { s0 = s0.addingProduct(load(di, c), load(a + j * lanes, c)); c += 8 }
                gw[i * inputCount + j] = horizontalSum(s0)
            }
        }
    }

    /// Stores the lanes of `v` to p[from…], but none at or past index `limit`.
    @inline(__always)
    static func storePrefix(_ v: Lanes, _ p: UnsafeMutablePointer<Double>, from: Int, limit: Int) {
        if from + 8 <= limit {
            store(v, p, from)
        } else {
            for m in 0..<(limit - from) { p[from + m] = v[m] }
        }
    }

    /// The sum of eight lanes in a fixed order: halves, then quarters, then the pair.
    @inline(__always)
    static func horizontalSum(_ v: Lanes) -> Double {
        let four = v.lowHalf + v.highHalf
        let two = four.lowHalf + four.highHalf
        return two[0] + two[1]
    }

    /// a = f(z) over `count` values (a multiple of 8).
    static func activate(_ f: Activation, z: UnsafePointer<Double>, a: UnsafeMutablePointer<Double>, count: Int) {
        var k = 0
        while k < count {
            store(f.apply(load(z, k)), a, k)
            k += 8
        }
    }

    /// δ = g ⊙ f′(z, a) (⊙ mask, if dropout is on), in place in `g`.
    static func activationGradient(_ f: Activation, gradient g: UnsafeMutablePointer<Double>,
                                   z: UnsafePointer<Double>, a: UnsafePointer<Double>,
                                   mask: UnsafePointer<Double>?, count: Int) {
        var k = 0
        while k < count {
            var v = load(g, k) * f.derivative(z: load(z, k), a: load(a, k))
            if let mask { v *= load(mask, k) }
            store(v, g, k)
            k += 8
        }
    }
}
