import NNPrimitives

/// This build's entry points of the hot kernels (see `KernelSet`). These sources are
/// compiled twice, as `NNKernels` (baseline) and `NNKernelsHaswell` (AVX2 + FMA;
/// `Sources/NNKernelsHaswell` holds links to these files).
///
/// Nothing here is `@inlinable`: a caller must reach this module's compiled code, so
/// that the instructions that run are the ones this module was built for.
///
/// One hazard of two builds of the same code in one binary: a generic specialization
/// or value-witness helper that both emit (same mangled name, weak linkage) is kept
/// once, and the Haswell copy must never serve baseline code. The linker keeps the
/// first definition it sees; SwiftPM links objects by module name, and `NNKernels`
/// comes before `NNKernelsHaswell` (and `NNCore` before both), so the baseline copy
/// wins. `BaselineCPUTests` runs the binary under `qemu-x86_64 -cpu Nehalem`, where
/// any AVX instruction that slipped through would stop it with SIGILL.
package enum Kernels: KernelSet {
    package static func forward(weights: UnsafePointer<Double>, biases: UnsafePointer<Double>,
                                input: UnsafePointer<Double>, inputCount: Int,
                                output: UnsafeMutablePointer<Double>, outputCount: Int, lanes: Int) {
        DenseKernels.forward(weights: weights, biases: biases, input: input, inputCount: inputCount,
                             output: output, outputCount: outputCount, lanes: lanes)
    }

    package static func backpropagate(weights: UnsafePointer<Double>, delta: UnsafePointer<Double>, outputCount: Int,
                                      inputGradient: UnsafeMutablePointer<Double>, inputCount: Int, lanes: Int) {
        DenseKernels.backpropagate(weights: weights, delta: delta, outputCount: outputCount,
                                   inputGradient: inputGradient, inputCount: inputCount, lanes: lanes)
    }

    package static func parameterGradients(delta: UnsafePointer<Double>, outputCount: Int,
                                           input: UnsafePointer<Double>, inputCount: Int, lanes: Int, valid: Int,
                                           scratch: UnsafeMutablePointer<Double>,
                                           weightGradient: UnsafeMutablePointer<Double>,
                                           biasGradient: UnsafeMutablePointer<Double>) {
        DenseKernels.parameterGradients(delta: delta, outputCount: outputCount, input: input, inputCount: inputCount,
                                        lanes: lanes, valid: valid, scratch: scratch,
                                        weightGradient: weightGradient, biasGradient: biasGradient)
    }

    package static func activate(_ f: Activation, z: UnsafePointer<Double>, a: UnsafeMutablePointer<Double>,
                                 count: Int) {
        DenseKernels.activate(f, z: z, a: a, count: count)
    }

    package static func activationGradient(_ f: Activation, gradient: UnsafeMutablePointer<Double>,
                                           z: UnsafePointer<Double>, a: UnsafePointer<Double>,
                                           mask: UnsafePointer<Double>?, count: Int) {
        DenseKernels.activationGradient(f, gradient: gradient, z: z, a: a, mask: mask, count: count)
    }

    package static func applyOutput(_ head: OutputHead, z: UnsafePointer<Double>, yHat: UnsafeMutablePointer<Double>,
                                    count: Int, lanes: Int) {
        OutputLayer.apply(head, z: z, yHat: yHat, count: count, lanes: lanes)
    }

    package static func outputDelta(_ head: OutputHead, loss: LossKind, problem: Problem,
                                    labels: UnsafePointer<Double>, targets: UnsafeMutablePointer<Double>,
                                    z: UnsafePointer<Double>, yHat: UnsafePointer<Double>,
                                    delta: UnsafeMutablePointer<Double>, count: Int, lanes: Int, valid: Int,
                                    scale: Double) {
        OutputLayer.targets(head, problem: problem, labels: labels, valid: valid, targets: targets,
                            count: count, lanes: lanes)
        OutputLayer.delta(head, loss: loss, z: z, yHat: yHat, targets: targets, delta: delta,
                          count: count, lanes: lanes, valid: valid, scale: scale)
    }

    package static func batchLoss(_ head: OutputHead, loss: LossKind, problem: Problem,
                                  labels: UnsafePointer<Double>, targets: UnsafeMutablePointer<Double>,
                                  z: UnsafePointer<Double>, yHat: UnsafePointer<Double>,
                                  count: Int, lanes: Int, valid: Int) -> Double {
        OutputLayer.targets(head, problem: problem, labels: labels, valid: valid, targets: targets,
                            count: count, lanes: lanes)
        var sum = 0.0
        for b in 0..<valid {
            sum += OutputLayer.sampleLoss(head, loss: loss, z: z, yHat: yHat, targets: targets,
                                          count: count, lanes: lanes, lane: b)
        }
        return sum
    }

    package static func sgdStep(parameters: UnsafeMutablePointer<Double>, gradient: UnsafePointer<Double>,
                                count: Int, learningRate: Double) {
        SGD.step(parameters: parameters, gradient: gradient, count: count, learningRate: learningRate)
    }

    package static func momentumStep(parameters: UnsafeMutablePointer<Double>, gradient: UnsafePointer<Double>,
                                     velocity: UnsafeMutablePointer<Double>, count: Int, learningRate: Double,
                                     momentum: Double, nesterov: Bool, isFirst: Bool) {
        SGD.momentumStep(parameters: parameters, gradient: gradient, velocity: velocity, count: count,
                         learningRate: learningRate, momentum: momentum, nesterov: nesterov, isFirst: isFirst)
    }

    package static func adaGradStep(parameters: UnsafeMutablePointer<Double>, gradient: UnsafePointer<Double>,
                                    sumOfSquares: UnsafeMutablePointer<Double>, count: Int,
                                    learningRate: Double, eps: Double) {
        AdaGrad.step(parameters: parameters, gradient: gradient, sumOfSquares: sumOfSquares, count: count,
                     learningRate: learningRate, eps: eps)
    }

    package static func rmsPropStep(parameters: UnsafeMutablePointer<Double>, gradient: UnsafePointer<Double>,
                                    meanSquare: UnsafeMutablePointer<Double>, count: Int,
                                    learningRate: Double, alpha: Double, eps: Double) {
        RMSProp.step(parameters: parameters, gradient: gradient, meanSquare: meanSquare, count: count,
                     learningRate: learningRate, alpha: alpha, eps: eps)
    }

    package static func adamStep(parameters: UnsafeMutablePointer<Double>, gradient: UnsafePointer<Double>,
                                 firstMoment: UnsafeMutablePointer<Double>, secondMoment: UnsafeMutablePointer<Double>,
                                 weightMask: UnsafePointer<Double>, count: Int,
                                 learningRate: Double, beta1: Double, beta2: Double, eps: Double, step: Int,
                                 decay: Double) {
        let coefficients = Adam.Coefficients(learningRate: learningRate, beta1: beta1, beta2: beta2, eps: eps,
                                             step: step, decay: decay)
        Adam.step(parameters: parameters, gradient: gradient, firstMoment: firstMoment, secondMoment: secondMoment,
                  weightMask: weightMask, count: count, coefficients: coefficients)
    }

    package static func norm(_ x: UnsafeBufferPointer<Double>) -> Double {
        GlobalNorm.norm(x)
    }
}
