/// Scratch memory for pushing a batch of up to `lanes` samples through a network and
/// back: every layer's pre-activations z and activations a, dropout masks, targets
/// and the error signals. Allocated once per trainer (or evaluator) and reused.
struct BatchWorkspace: Sendable {
    let layout: NetworkLayout
    /// Columns per layer: the batch size rounded up to a multiple of 8.
    let lanes: Int
    private(set) var storage: [Double]
    /// a[l] for l = 0 (the input features) … layerCount (the outputs ŷ).
    let activationOffsets: [Int]
    /// z[l] for l = 1 … layerCount, at index l − 1.
    let preActivationOffsets: [Int]
    /// Unmasked f(z) and dropout masks of hidden layer l, at index l − 1.
    let rawOffsets: [Int]
    let maskOffsets: [Int]
    let targetOffset: Int
    let deltaOffsets: (Int, Int)
    /// The samples' labels, one per lane.
    let labelOffset: Int
    /// Room for one layer's input transposed to sample-major (see `KernelSet.parameterGradients`).
    let transposeOffset: Int

    init(layout: NetworkLayout, maxBatch: Int) {
        self.layout = layout
        let lanes = max(8, (maxBatch + 7) / 8 * 8)
        self.lanes = lanes
        var offset = 0
        func take(_ n: Int) -> Int { defer { offset += n * lanes }; return offset }
        activationOffsets = layout.sizes.map { take($0) }
        preActivationOffsets = layout.sizes.dropFirst().map { take($0) }
        let hidden = layout.sizes.dropFirst().dropLast()
        rawOffsets = hidden.map { take($0) }
        maskOffsets = hidden.map { take($0) }
        targetOffset = take(layout.outputCount)
        let widest = layout.sizes.max() ?? 1
        deltaOffsets = (take(widest), take(widest))
        labelOffset = take(1)
        transposeOffset = take((widest + 7) / 8 * 8)
        storage = [Double](repeating: 0, count: offset)
    }

    /// Copies the features of `valid` samples into lanes 0..<valid of a[0], their labels
    /// into the label row, and zeroes the padding lanes. `row(b)` gives sample b's index
    /// into `features` (feature-major: feature f of sample s at f * stride + s).
    mutating func load(features: UnsafePointer<Double>, labels: UnsafePointer<Double>, stride: Int,
                       valid: Int, row: (Int) -> Int) {
        let inputs = layout.inputCount, lanes = self.lanes, a0 = activationOffsets[0], lab = labelOffset
        storage.withUnsafeMutableBufferPointer { s in
            let base = s.baseAddress!
            for b in 0..<valid {
                let r = row(b)
                for f in 0..<inputs { base[a0 + f * lanes + b] = features[f * stride + r] }
                base[lab + b] = labels[r]
            }
            for f in 0..<inputs {
                for b in valid..<lanes { base[a0 + f * lanes + b] = 0 }
            }
            for b in valid..<lanes { base[lab + b] = 0 }
        }
    }

    /// Runs the batch forward with `parameters`; with `dropout` > 0 (training only),
    /// hidden activations are masked by inverted dropout drawn from `random`, neuron by
    /// neuron and lane by lane for the first `valid` lanes.
    mutating func forward(_ network: NetworkShapeInfo, parameters: UnsafePointer<Double>,
                          dropout: Double, random: inout RandomSource, valid: Int) {
        let layout = self.layout, lanes = self.lanes
        let aOff = activationOffsets, zOff = preActivationOffsets, rawOff = rawOffsets, maskOff = maskOffsets
        let kernels = KernelPath.kernels
        storage.withUnsafeMutableBufferPointer { s in
            let base = s.baseAddress!
            for l in 0..<layout.layerCount {
                let fanIn = layout.sizes[l], fanOut = layout.sizes[l + 1]
                let z = base + zOff[l], a = base + aOff[l + 1]
                kernels.forward(weights: parameters + layout.weightOffsets[l],
                                     biases: parameters + layout.biasOffsets[l],
                                     input: base + aOff[l], inputCount: fanIn,
                                     output: z, outputCount: fanOut, lanes: lanes)
                if l == layout.layerCount - 1 {
                    kernels.applyOutput(network.output, z: z, yHat: a, count: fanOut, lanes: lanes)
                } else if dropout > 0 {
                    let raw = base + rawOff[l], mask = base + maskOff[l]
                    kernels.activate(network.activation, z: z, a: raw, count: fanOut * lanes)
                    let keepScale = 1 / (1 - dropout)
                    for i in 0..<fanOut {
                        for b in 0..<lanes {
                            mask[i * lanes + b] = b < valid && random.uniform() >= dropout ? keepScale : 0
                        }
                    }
                    for k in 0..<(fanOut * lanes) { a[k] = raw[k] * mask[k] }
                } else {
                    kernels.activate(network.activation, z: z, a: a, count: fanOut * lanes)
                }
            }
        }
    }

    /// Backpropagates the loss of the first `valid` lanes and writes the batch-mean
    /// gradient of every parameter into `gradient` (same layout as the parameters).
    mutating func backward(_ network: NetworkShapeInfo, problem: Problem, loss: LossKind,
                           parameters: UnsafePointer<Double>, gradient: UnsafeMutablePointer<Double>,
                           dropout: Double, valid: Int) {
        let layout = self.layout, lanes = self.lanes
        let aOff = activationOffsets, zOff = preActivationOffsets, rawOff = rawOffsets, maskOff = maskOffsets
        let tOff = targetOffset, dOff = deltaOffsets, labOff = labelOffset, transOff = transposeOffset
        let kernels = KernelPath.kernels
        storage.withUnsafeMutableBufferPointer { s in
            let base = s.baseAddress!
            let last = layout.layerCount - 1, outCount = layout.outputCount
            var delta = base + dOff.0, spare = base + dOff.1
            kernels.outputDelta(network.output, loss: loss, problem: problem, labels: base + labOff,
                                targets: base + tOff, z: base + zOff[last], yHat: base + aOff[last + 1],
                                delta: delta, count: outCount, lanes: lanes, valid: valid, scale: 1 / Double(valid))
            for l in stride(from: last, through: 0, by: -1) {
                let fanIn = layout.sizes[l], fanOut = layout.sizes[l + 1]
                kernels.parameterGradients(delta: delta, outputCount: fanOut, input: base + aOff[l],
                                                inputCount: fanIn, lanes: lanes, valid: valid,
                                                scratch: base + transOff,
                                                weightGradient: gradient + layout.weightOffsets[l],
                                                biasGradient: gradient + layout.biasOffsets[l])
                if l == 0 { break }
                kernels.backpropagate(weights: parameters + layout.weightOffsets[l], delta: delta,
                                           outputCount: fanOut, inputGradient: spare, inputCount: fanIn,
                                           lanes: lanes)
                let h = l - 1
                let activated = dropout > 0 ? base + rawOff[h] : base + aOff[l]
                kernels.activationGradient(network.activation, gradient: spare, z: base + zOff[h],
                                                a: activated, mask: dropout > 0 ? base + maskOff[h] : nil,
                                                count: fanIn * lanes)
                swap(&delta, &spare)
            }
        }
    }

    /// Reads the workspace: the base pointer and its offsets, for evaluators.
    func withStorage<R>(_ body: (UnsafePointer<Double>) -> R) -> R {
        storage.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// Writes the workspace through its base pointer.
    mutating func storageMutable<R>(_ body: (UnsafeMutablePointer<Double>) -> R) -> R {
        storage.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
    }
}

/// The two per-network choices the batch passes need besides the layout.
struct NetworkShapeInfo: Sendable {
    var activation: Activation
    var output: OutputHead
}
