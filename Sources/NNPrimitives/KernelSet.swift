/// The hot kernels, as one set of entry points: a dense layer's forward and backward
/// passes, the activations, the output layer and the optimizers' update loops.
///
/// Their sources (`Sources/NNKernels`) are compiled twice: as `NNKernels` for the
/// baseline instruction set (every x86-64 and arm64 CPU) and, on x86-64, as
/// `NNKernelsHaswell` with AVX2 and FMA; each copy's `Kernels` conforms, and `NNCore`'s
/// `KernelPath` picks one at run time. Both give the same bits: every fused
/// multiply-add is written out (`addingProduct`), one correctly rounded operation
/// whether the CPU has an FMA instruction or libm computes it in software, and Swift
/// never fuses or reorders anything else.
package protocol KernelSet: Sendable {
    /// z[i, b] = bias[i] + Σⱼ W[i, j]·a[j, b] (see `DenseKernels.forward`).
    static func forward(weights: UnsafePointer<Double>, biases: UnsafePointer<Double>,
                     input: UnsafePointer<Double>, inputCount: Int,
                     output: UnsafeMutablePointer<Double>, outputCount: Int, lanes: Int)

    /// g[j, b] = Σᵢ W[i, j]·δ[i, b] (see `DenseKernels.backpropagate`).
    static func backpropagate(weights: UnsafePointer<Double>, delta: UnsafePointer<Double>, outputCount: Int,
                     inputGradient: UnsafeMutablePointer<Double>, inputCount: Int, lanes: Int)

    /// ∂W and ∂bias of one layer (see `DenseKernels.parameterGradients`).
    static func parameterGradients(delta: UnsafePointer<Double>, outputCount: Int,
                     input: UnsafePointer<Double>, inputCount: Int, lanes: Int, valid: Int,
                     scratch: UnsafeMutablePointer<Double>,
                     weightGradient: UnsafeMutablePointer<Double>,
                     biasGradient: UnsafeMutablePointer<Double>)

    /// a = f(z) over `count` values (a multiple of 8).
    static func activate(_ f: Activation, z: UnsafePointer<Double>, a: UnsafeMutablePointer<Double>,
                     count: Int)

    /// δ = g ⊙ f′(z, a) (⊙ mask), in place in `g`.
    static func activationGradient(_ f: Activation, gradient: UnsafeMutablePointer<Double>,
                     z: UnsafePointer<Double>, a: UnsafePointer<Double>,
                     mask: UnsafePointer<Double>?, count: Int)

    /// ŷ = head(z) (see `OutputLayer.apply`).
    static func applyOutput(_ head: OutputHead, z: UnsafePointer<Double>, yHat: UnsafeMutablePointer<Double>,
                     count: Int, lanes: Int)

    /// The targets of `labels`, then ∂L/∂z · `scale` for the first `valid` lanes
    /// (see `OutputLayer.targets` and `OutputLayer.delta`).
    static func outputDelta(_ head: OutputHead, loss: LossKind, problem: Problem,
                     labels: UnsafePointer<Double>, targets: UnsafeMutablePointer<Double>,
                     z: UnsafePointer<Double>, yHat: UnsafePointer<Double>,
                     delta: UnsafeMutablePointer<Double>, count: Int, lanes: Int, valid: Int,
                     scale: Double)

    /// The targets of `labels`, then Σ of the per-sample losses of the first `valid` lanes.
    static func batchLoss(_ head: OutputHead, loss: LossKind, problem: Problem,
                     labels: UnsafePointer<Double>, targets: UnsafeMutablePointer<Double>,
                     z: UnsafePointer<Double>, yHat: UnsafePointer<Double>,
                     count: Int, lanes: Int, valid: Int) -> Double

    /// Plain SGD: p ← p − lr·g (see `SGD.step`).
    static func sgdStep(parameters: UnsafeMutablePointer<Double>, gradient: UnsafePointer<Double>,
                     count: Int, learningRate: Double)

    /// SGD with momentum or Nesterov (see `SGD.momentumStep`).
    static func momentumStep(parameters: UnsafeMutablePointer<Double>, gradient: UnsafePointer<Double>,
                     velocity: UnsafeMutablePointer<Double>, count: Int, learningRate: Double,
                     momentum: Double, nesterov: Bool, isFirst: Bool)

    /// AdaGrad (see `AdaGrad.step`).
    static func adaGradStep(parameters: UnsafeMutablePointer<Double>, gradient: UnsafePointer<Double>,
                     sumOfSquares: UnsafeMutablePointer<Double>, count: Int,
                     learningRate: Double, eps: Double)

    /// RMSProp (see `RMSProp.step`).
    static func rmsPropStep(parameters: UnsafeMutablePointer<Double>, gradient: UnsafePointer<Double>,
                     meanSquare: UnsafeMutablePointer<Double>, count: Int,
                     learningRate: Double, alpha: Double, eps: Double)

    /// Adam or AdamW at update number `step` (see `Adam.step`); `decay` is lr·λ for AdamW, 0 for Adam.
    static func adamStep(parameters: UnsafeMutablePointer<Double>, gradient: UnsafePointer<Double>,
                     firstMoment: UnsafeMutablePointer<Double>, secondMoment: UnsafeMutablePointer<Double>,
                     weightMask: UnsafePointer<Double>, count: Int,
                     learningRate: Double, beta1: Double, beta2: Double, eps: Double, step: Int,
                     decay: Double)

    /// √(Σ xᵢ²) in a fixed order (see `GlobalNorm.norm`).
    static func norm(_ x: UnsafeBufferPointer<Double>) -> Double
}
