import NNPrimitives

/// What the output head and the loss do at the last layer: ŷ from z, the per-sample
/// loss, and ∂L/∂z — the error signal that backpropagation starts from.
///
/// The matched pairs give the famous simple gradient ∂L/∂z = ŷ − y (sigmoid with
/// binary cross-entropy, softmax with cross-entropy). Mean squared error works with
/// every head by the chain rule: ∂L/∂zₖ = (2/K)(ŷₖ − tₖ)·h′(zₖ).
enum OutputLayer {
    /// ŷ = head(z) for `count` outputs over `lanes` columns (neuron-major).
    static func apply(_ head: OutputHead, z: UnsafePointer<Double>, yHat: UnsafeMutablePointer<Double>,
                      count: Int, lanes: Int) {
        typealias K = DenseKernels
        switch head {
        case .linear:
            yHat.update(from: z, count: count * lanes)
        case .sigmoid, .tanh:
            var k = 0
            while k < count * lanes {
                let v = K.load(z, k)
                K.store(head == .sigmoid ? VectorMath.sigmoid(v) : VectorMath.tanh(v), yHat, k)
                k += 8
            }
        case .softmax:
            var c = 0
            while c < lanes {
                var m = K.load(z, c)
                for i in 1..<count { m = pointwiseMax(m, K.load(z, i * lanes + c)) }
                var sum = Lanes()
                for i in 0..<count {
                    let e = VectorMath.exp(K.load(z, i * lanes + c) - m)
                    K.store(e, yHat, i * lanes + c)
                    sum += e
                }
                for i in 0..<count { K.store(K.load(yHat, i * lanes + c) / sum, yHat, i * lanes + c) }
                c += 8
            }
        }
    }

    /// Fills `targets` (count × lanes) with the head's training targets for `labels`;
    /// lanes past `labels.count` get 0.
    static func targets(_ head: OutputHead, problem: Problem, labels: UnsafePointer<Double>, valid: Int,
                        targets t: UnsafeMutablePointer<Double>, count: Int, lanes: Int) {
        for k in 0..<count {
            for b in 0..<lanes {
                t[k * lanes + b] = b < valid ? head.target(label: labels[b], neuron: k, problem: problem) : 0
            }
        }
    }

    /// ∂L/∂z · `scale` for the first `valid` lanes, 0 beyond (so padding never moves a weight).
    static func delta(_ head: OutputHead, loss: LossKind, z: UnsafePointer<Double>, yHat: UnsafePointer<Double>,
                      targets t: UnsafePointer<Double>, delta d: UnsafeMutablePointer<Double>,
                      count: Int, lanes: Int, valid: Int, scale: Double) {
        typealias K = DenseKernels
        let mseFactor = 2.0 / Double(count)
        var c = 0
        while c < lanes {
            let laneIndex = SIMD8<Double>(0, 1, 2, 3, 4, 5, 6, 7) + Double(c)
            let keep = Lanes(repeating: scale).replacing(with: 0, where: laneIndex .>= Double(valid))
            if loss == .meanSquaredError && head == .softmax {
                // ∂L/∂zₖ = pₖ(gₖ − Σⱼ pⱼgⱼ), the softmax Jacobian applied to g = ∂L/∂p.
                var dot = Lanes()
                for i in 0..<count {
                    let g = (K.load(yHat, i * lanes + c) - K.load(t, i * lanes + c)) * mseFactor
                    dot = dot.addingProduct(K.load(yHat, i * lanes + c), g)
                }
                for i in 0..<count {
                    let p = K.load(yHat, i * lanes + c)
                    let g = (p - K.load(t, i * lanes + c)) * mseFactor
                    K.store(p * (g - dot) * keep, d, i * lanes + c)
                }
            } else {
                for i in 0..<count {
                    let k = i * lanes + c
                    let p = K.load(yHat, k), y = K.load(t, k)
                    var v: Lanes
                    switch (loss, head) {
                    case (.binaryCrossEntropy, _), (.crossEntropy, _): v = p - y
                    case (_, .sigmoid): v = (p - y) * mseFactor * p * (1 - p)
                    case (_, .tanh): v = (p - y) * mseFactor * (1 - p * p)
                    default: v = (p - y) * mseFactor
                    }
                    K.store(v * keep, d, k)
                }
            }
            c += 8
        }
    }

    /// The loss of sample (lane) `b`, from logits z and outputs ŷ; stable for any z.
    static func sampleLoss(_ head: OutputHead, loss: LossKind, z: UnsafePointer<Double>, yHat: UnsafePointer<Double>,
                           targets t: UnsafePointer<Double>, count: Int, lanes: Int, lane b: Int) -> Double {
        switch loss {
        case .binaryCrossEntropy:
            // −[y ln σ(z) + (1−y) ln(1−σ(z))] = max(z,0) − z·y + ln(1 + e^−|z|)
            let zb = z[b], y = t[b]
            return VectorMath.softplus(zb) - zb * y
        case .crossEntropy:
            // −ln softmax(z)_y = logsumexp(z) − z_y
            var m = -Double.infinity, zy = 0.0
            for i in 0..<count {
                m = max(m, z[i * lanes + b])
                if t[i * lanes + b] == 1 { zy = z[i * lanes + b] }
            }
            var s = 0.0
            for i in 0..<count { s += VectorMath.exp(z[i * lanes + b] - m) }
            return m + PlatformMath.log(s) - zy
        case .meanSquaredError:
            var s = 0.0
            for i in 0..<count {
                let e = yHat[i * lanes + b] - t[i * lanes + b]
                s += e * e
            }
            return s / Double(count)
        }
    }
}
