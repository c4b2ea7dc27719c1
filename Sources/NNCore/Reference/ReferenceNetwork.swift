/// The forward pass and backpropagation of a fully connected network, written for
/// reading: one point at a time, plain loops over neurons, the formula of each line
/// in the comments (as in TensorFlow Playground's `nn.ts` or micrograd). The trainer
/// runs the fast kernels (`DenseKernels`, `BatchWorkspace`: eight points at once, SIMD,
/// fused multiply-adds); `ReferenceNetworkTests` checks that they compute the same
/// numbers as this file, to a stated tolerance.
///
/// Notation, layer l = 1 … L (layer 0 is the input features x):
///   z⁽ˡ⁾ᵢ = Σⱼ W⁽ˡ⁾ᵢⱼ · a⁽ˡ⁻¹⁾ⱼ + b⁽ˡ⁾ᵢ        (pre-activation of neuron i)
///   a⁽ˡ⁾ᵢ = f(z⁽ˡ⁾ᵢ)                          (hidden layers: the activation f)
///   ŷ = h(z⁽ᴸ⁾)                               (the output head h: sigmoid, softmax, tanh, linear)
/// Backpropagation carries δ⁽ˡ⁾ᵢ = ∂L/∂z⁽ˡ⁾ᵢ from the output back to the input:
///   δ⁽ᴸ⁾ = ∂L/∂z⁽ᴸ⁾                           (see `outputDelta`)
///   ∂L/∂W⁽ˡ⁾ᵢⱼ = δ⁽ˡ⁾ᵢ · a⁽ˡ⁻¹⁾ⱼ,  ∂L/∂b⁽ˡ⁾ᵢ = δ⁽ˡ⁾ᵢ
///   δ⁽ˡ⁻¹⁾ⱼ = (Σᵢ W⁽ˡ⁾ᵢⱼ · δ⁽ˡ⁾ᵢ) · f′(z⁽ˡ⁻¹⁾ⱼ)
/// exp, tanh and log are the C library's (`PlatformMath`), not the kernels' own
/// vector versions, so the comparison with the kernels is a real second opinion.
package enum ReferenceNetwork {
    /// Every layer's pre-activations z and activations a for one point: `a[0]` is the
    /// input, `a[L]` is ŷ; `z[l]` belongs to `a[l]` (`z[0]` is empty).
    package struct Pass: Sendable {
        package var z: [[Double]]
        package var a: [[Double]]
    }

    /// The forward pass for one point with input features `x`.
    package static func forward(_ network: Network, x: [Double]) -> Pass {
        let layout = network.layout
        var z: [[Double]] = [[]], a: [[Double]] = [x]
        for l in 1...layout.layerCount {
            var zl = [Double](repeating: 0, count: layout.sizes[l])
            for i in 0..<layout.sizes[l] {
                var sum = network.bias(layer: l - 1, neuron: i)              // b⁽ˡ⁾ᵢ
                for j in 0..<layout.sizes[l - 1] {
                    sum += network.weight(layer: l - 1, neuron: i, input: j) * a[l - 1][j]  // + W⁽ˡ⁾ᵢⱼ·a⁽ˡ⁻¹⁾ⱼ
                }
                zl[i] = sum
            }
            z.append(zl)
            a.append(l < layout.layerCount ? zl.map { activation(network.activation, $0) } : head(network.output, zl))
        }
        return Pass(z: z, a: a)
    }

    /// The loss of one point: ŷ = `output`, target vector t.
    ///   mse: (1/K)·Σₖ (ŷₖ − tₖ)²;  bce: −[t ln ŷ + (1 − t) ln(1 − ŷ)];  ce: −Σₖ tₖ ln ŷₖ.
    package static func loss(_ loss: LossKind, output y: [Double], target t: [Double]) -> Double {
        switch loss {
        case .meanSquaredError:
            return zip(y, t).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) / Double(y.count)
        case .binaryCrossEntropy:
            return -(t[0] * PlatformMath.log(y[0]) + (1 - t[0]) * PlatformMath.log(1 - y[0]))
        case .crossEntropy:
            return -zip(y, t).map { $1 == 0 ? 0 : $1 * PlatformMath.log($0) }.reduce(0, +)
        }
    }

    /// δ⁽ᴸ⁾ = ∂L/∂z⁽ᴸ⁾ for one point, by the chain rule through the head:
    /// - sigmoid with bce and softmax with ce: δ = ŷ − t (the famous simple case);
    /// - mse: gₖ = ∂L/∂ŷₖ = (2/K)(ŷₖ − tₖ), then through the head: linear δ = g,
    ///   sigmoid δₖ = gₖ·ŷₖ(1 − ŷₖ), tanh δₖ = gₖ·(1 − ŷₖ²), softmax δₖ = ŷₖ(gₖ − Σⱼ ŷⱼ gⱼ).
    package static func outputDelta(head: OutputHead, loss: LossKind, output y: [Double], target t: [Double]) -> [Double] {
        if loss != .meanSquaredError { return zip(y, t).map { $0 - $1 } }
        let g = zip(y, t).map { 2 / Double(y.count) * ($0 - $1) }
        switch head {
        case .linear: return g
        case .sigmoid: return (0..<y.count).map { g[$0] * y[$0] * (1 - y[$0]) }
        case .tanh: return (0..<y.count).map { g[$0] * (1 - y[$0] * y[$0]) }
        case .softmax:
            let dot = zip(y, g).map { $0 * $1 }.reduce(0, +)
            return (0..<y.count).map { y[$0] * (g[$0] - dot) }
        }
    }

    /// ∂L/∂θ for one point with features `x` and target vector `t`, in the network's
    /// flat parameter order (see `NetworkLayout`).
    package static func gradient(_ network: Network, x: [Double], target t: [Double], loss: LossKind) -> [Double] {
        let layout = network.layout
        let pass = forward(network, x: x)
        var grad = [Double](repeating: 0, count: layout.parameterCount)
        var delta = outputDelta(head: network.output, loss: loss, output: pass.a[layout.layerCount], target: t)
        for l in stride(from: layout.layerCount, through: 1, by: -1) {
            for i in 0..<layout.sizes[l] {
                for j in 0..<layout.sizes[l - 1] {
                    grad[layout.weightIndex(layer: l - 1, neuron: i, input: j)] = delta[i] * pass.a[l - 1][j]
                }
                grad[layout.biasOffsets[l - 1] + i] = delta[i]
            }
            if l == 1 { break }
            var previous = [Double](repeating: 0, count: layout.sizes[l - 1])
            for j in 0..<layout.sizes[l - 1] {
                var sum = 0.0
                for i in 0..<layout.sizes[l] { sum += network.weight(layer: l - 1, neuron: i, input: j) * delta[i] }
                previous[j] = sum * derivative(network.activation, z: pass.z[l - 1][j])  // · f′(z⁽ˡ⁻¹⁾ⱼ)
            }
            delta = previous
        }
        return grad
    }

    /// The mean of `gradient` over `inputs` (with their labels): the batch gradient
    /// one training step of plain SGD would follow.
    package static func meanGradient(_ network: Network, inputs: FeatureMatrix, problem: Problem,
                                    loss: LossKind) -> [Double] {
        var sum = [Double](repeating: 0, count: network.layout.parameterCount)
        let n = inputs.count
        for s in 0..<n {
            let x = (0..<inputs.width).map { inputs.values[$0 * n + s] }
            let t = (0..<network.layout.outputCount).map {
                network.output.target(label: inputs.labels[s], neuron: $0, problem: problem)
            }
            for (k, g) in gradient(network, x: x, target: t, loss: loss).enumerated() { sum[k] += g }
        }
        return sum.map { $0 / Double(n) }
    }

    /// f(z) for the hidden activations.
    package static func activation(_ f: Activation, _ z: Double) -> Double {
        switch f {
        case .linear: return z
        case .sigmoid: return 1 / (1 + PlatformMath.exp(-z))
        case .tanh: return PlatformMath.tanh(z)
        case .relu: return max(0, z)
        case .leakyRelu: return z > 0 ? z : Activation.leakySlope * z
        case .elu: return z > 0 ? z : PlatformMath.exp(z) - 1
        case .swish: return z / (1 + PlatformMath.exp(-z))
        }
    }

    /// f′(z): σ′ = σ(1 − σ), tanh′ = 1 − tanh², ReLU′ = [z > 0], ELU′ = eᶻ for z ≤ 0,
    /// swish′ = σ + z·σ(1 − σ).
    package static func derivative(_ f: Activation, z: Double) -> Double {
        switch f {
        case .linear: return 1
        case .sigmoid:
            let s = 1 / (1 + PlatformMath.exp(-z))
            return s * (1 - s)
        case .tanh: return 1 - PlatformMath.tanh(z) * PlatformMath.tanh(z)
        case .relu: return z > 0 ? 1 : 0
        case .leakyRelu: return z > 0 ? 1 : Activation.leakySlope
        case .elu: return z > 0 ? 1 : PlatformMath.exp(z)
        case .swish:
            let s = 1 / (1 + PlatformMath.exp(-z))
            return s + z * s * (1 - s)
        }
    }

    /// ŷ = h(z) for the output head: softmax ŷₖ = e^{zₖ − m} / Σⱼ e^{zⱼ − m} with m = maxⱼ zⱼ
    /// (subtracting m changes nothing but keeps e^z from overflowing).
    package static func head(_ h: OutputHead, _ z: [Double]) -> [Double] {
        switch h {
        case .linear: return z
        case .sigmoid: return z.map { 1 / (1 + PlatformMath.exp(-$0)) }
        case .tanh: return z.map { PlatformMath.tanh($0) }
        case .softmax:
            let m = z.max() ?? 0
            let e = z.map { PlatformMath.exp($0 - m) }
            let sum = e.reduce(0, +)
            return e.map { $0 / sum }
        }
    }
}
