/// The network's outputs for many points, computed in batches of 64 without dropout:
/// ŷ for every output neuron (output-major: neuron k of point s at `k * count + s`),
/// optionally every hidden neuron's activation, and the mean data loss if labels mattered.
package struct NetworkOutputs: Sendable {
    package let count: Int
    package let outputCount: Int
    package private(set) var values: [Double]
    /// Per hidden layer, per neuron, per point: `hidden[l][i * count + s]` (empty unless requested).
    package private(set) var hidden: [[Double]]
    /// Mean data loss over the points (NaN when not asked for).
    package private(set) var meanLoss: Double

    /// With `loss` nil the loss is not computed (`meanLoss` is NaN): a decision grid has no labels.
    package init(network: Network, inputs: FeatureMatrix, problem: Problem, loss: LossKind?,
                includeHidden: Bool = false) {
        precondition(inputs.width == network.layout.inputCount, "input count does not match the network")
        let layout = network.layout, n = inputs.count, outCount = layout.outputCount
        count = n
        outputCount = outCount
        var out = [Double](repeating: 0, count: outCount * n)
        let hiddenSizes = Array(layout.sizes.dropFirst().dropLast())
        var hid: [[Double]] = includeHidden ? hiddenSizes.map { [Double](repeating: 0, count: $0 * n) } : []
        var workspace = BatchWorkspace(layout: layout, maxBatch: 64)
        let lanes = workspace.lanes
        let info = NetworkShapeInfo(activation: network.activation, output: network.output)
        var unused = RandomSource(seed: 0)
        var lossSum = 0.0
        network.parameters.withUnsafeBufferPointer { params in
            inputs.values.withUnsafeBufferPointer { x in
                inputs.labels.withUnsafeBufferPointer { y in
                    var start = 0
                    while start < n {
                        let valid = min(lanes, n - start)
                        let first = start
                        workspace.load(features: x.baseAddress!, labels: y.baseAddress!, stride: n, valid: valid) { first + $0 }
                        workspace.forward(info, parameters: params.baseAddress!, dropout: 0, random: &unused, valid: valid)
                        workspace.withStorage { base in
                            let yHat = base + workspace.activationOffsets[layout.layerCount]
                            for k in 0..<outCount {
                                for b in 0..<valid { out[k * n + first + b] = yHat[k * lanes + b] }
                            }
                            for h in 0..<hid.count {
                                let a = base + workspace.activationOffsets[h + 1]
                                for i in 0..<hiddenSizes[h] {
                                    for b in 0..<valid { hid[h][i * n + first + b] = a[i * lanes + b] }
                                }
                            }
                        }
                        if let loss {
                            lossSum += workspace.batchLoss(info, problem: problem, loss: loss, valid: valid)
                        }
                        start += valid
                    }
                }
            }
        }
        values = out
        hidden = hid
        meanLoss = n > 0 && loss != nil ? lossSum / Double(n) : .nan
    }

    /// ŷ of output neuron `k` at point `s`.
    package func value(point s: Int, neuron k: Int = 0) -> Double { values[k * count + s] }
}

extension BatchWorkspace {
    /// Σ of the per-sample losses of the first `valid` lanes after a forward pass.
    mutating func batchLoss(_ network: NetworkShapeInfo, problem: Problem, loss: LossKind, valid: Int) -> Double {
        let layout = self.layout, lanes = self.lanes, last = layout.layerCount
        let z = preActivationOffsets[last - 1], a = activationOffsets[last], t = targetOffset, lab = labelOffset
        let outCount = layout.outputCount
        return storageMutable { base in
            KernelPath.kernels.batchLoss(network.output, loss: loss, problem: problem, labels: base + lab,
                                         targets: base + t, z: base + z, yHat: base + a,
                                         count: outCount, lanes: lanes, valid: valid)
        }
    }
}
