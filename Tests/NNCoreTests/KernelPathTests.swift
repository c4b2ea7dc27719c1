#if canImport(NNKernelsHaswell)
import NNKernels
import NNKernelsHaswell
#endif
import Testing
@testable import NNCore

/// The two compiled copies of the kernels (baseline, and Haswell with AVX2 + FMA) give
/// the same bits for every entry point, on random inputs of awkward sizes. Runs where
/// this CPU can execute the Haswell copy (the CLI's qemu test covers old CPUs).
@Suite struct KernelPathTests {
    #if canImport(NNKernelsHaswell)
    static let haswellRuns = nnplayCanRunHaswell()

    /// Runs `body` once with each copy on the same fresh inputs (`inputs(random)`), and
    /// returns the two sets of output buffers.
    static func both(_ count: Int, seed: UInt64,
                     _ body: (any KernelSet.Type, inout [[Double]]) -> Void) -> ([[Double]], [[Double]]) {
        var random = RandomSource(seed: seed)
        let inputs = (0..<count).map { _ in (0..<4096).map { _ in random.normal() * 3 } }
        var a = inputs, b = inputs
        body(NNKernels.Kernels.self, &a)
        body(NNKernelsHaswell.Kernels.self, &b)
        return (a, b)
    }

    /// Bit patterns, so that NaNs compare and −0 differs from +0.
    static func bits(_ buffers: [[Double]]) -> [[UInt64]] { buffers.map { $0.map(\.bitPattern) } }

    @Test(.enabled(if: haswellRuns, "this CPU cannot run the Haswell kernels"),
          arguments: [(1, 3, 8), (2, 8, 16), (5, 4, 40), (9, 17, 64), (33, 7, 24), (64, 64, 32)])
    func denseLayersMatch(inputCount: Int, outputCount: Int, lanes: Int) {
        for valid in [1, lanes / 2 + 1, lanes] {
            let (a, b) = Self.both(6, seed: UInt64(inputCount * 1000 + lanes + valid)) { k, m in
                m.withUnsafeMutableBufferPointers { p in
                    k.forward(weights: p[0], biases: p[1], input: p[2], inputCount: inputCount,
                              output: p[3], outputCount: outputCount, lanes: lanes)
                    k.backpropagate(weights: p[0], delta: p[2], outputCount: min(outputCount, inputCount),
                                    inputGradient: p[4], inputCount: inputCount, lanes: lanes)
                    k.parameterGradients(delta: p[3], outputCount: outputCount, input: p[2], inputCount: inputCount,
                                         lanes: lanes, valid: valid, scratch: p[5], weightGradient: p[0],
                                         biasGradient: p[1])
                }
            }
            #expect(Self.bits(a) == Self.bits(b), "inputs \(inputCount), outputs \(outputCount), lanes \(lanes)")
        }
    }

    @Test(.enabled(if: haswellRuns, "this CPU cannot run the Haswell kernels"), arguments: Activation.allCases)
    func activationsMatch(_ f: Activation) {
        let (a, b) = Self.both(4, seed: 7) { k, m in
            m[0][17] = .nan; m[0][18] = .infinity; m[0][19] = -.infinity; m[0][20] = -0.0; m[0][21] = 800
            m.withUnsafeMutableBufferPointers { p in
                k.activate(f, z: p[0], a: p[1], count: 4096)
                k.activationGradient(f, gradient: p[2], z: p[0], a: p[1], mask: nil, count: 4096)
                k.activationGradient(f, gradient: p[3], z: p[0], a: p[1], mask: p[2], count: 4096)
            }
        }
        #expect(Self.bits(a) == Self.bits(b))
    }

    @Test(.enabled(if: haswellRuns, "this CPU cannot run the Haswell kernels"), arguments: OutputHead.allCases)
    func outputLayersMatch(_ head: OutputHead) {
        let problem: Problem = head == .softmax ? .classification(classes: 5) : .classification(classes: 2)
        let count = head.outputCount(for: problem), lanes = 24
        for loss in LossKind.allCases where loss.incompatibility(with: head) == nil {
            var losses: [Double] = []
            let (a, b) = Self.both(5, seed: 11) { k, m in
                for i in 0..<lanes { m[0][i] = Double(i % problem.classCount) }
                m.withUnsafeMutableBufferPointers { p in
                    k.applyOutput(head, z: p[1], yHat: p[2], count: count, lanes: lanes)
                    k.outputDelta(head, loss: loss, problem: problem, labels: p[0], targets: p[3], z: p[1],
                                  yHat: p[2], delta: p[4], count: count, lanes: lanes, valid: 19, scale: 1 / 19)
                    losses.append(k.batchLoss(head, loss: loss, problem: problem, labels: p[0], targets: p[3],
                                              z: p[1], yHat: p[2], count: count, lanes: lanes, valid: 19))
                }
            }
            #expect(Self.bits(a) == Self.bits(b), "\(head) with \(loss)")
            #expect(losses[0].bitPattern == losses[1].bitPattern, "\(head) with \(loss)")
        }
    }

    @Test(.enabled(if: haswellRuns, "this CPU cannot run the Haswell kernels"))
    func optimizerStepsMatch() {
        let n = 1001
        for rule in 0..<6 {
            var norms: [Double] = []
            let (a, b) = Self.both(5, seed: UInt64(rule)) { k, m in
                for i in 0..<n { m[2][i] = abs(m[2][i]); m[4][i] = Double(i % 3 == 0 ? 0 : 1) }
                m.withUnsafeMutableBufferPointers { p in
                    for step in 1...3 {
                        switch rule {
                        case 0: k.sgdStep(parameters: p[0], gradient: p[1], count: n, learningRate: 0.03)
                        case 1, 2:
                            k.momentumStep(parameters: p[0], gradient: p[1], velocity: p[2], count: n,
                                           learningRate: 0.1, momentum: 0.9, nesterov: rule == 2, isFirst: step == 1)
                        case 3: k.adaGradStep(parameters: p[0], gradient: p[1], sumOfSquares: p[2], count: n,
                                              learningRate: 0.01, eps: 1e-10)
                        case 4: k.rmsPropStep(parameters: p[0], gradient: p[1], meanSquare: p[2], count: n,
                                              learningRate: 0.01, alpha: 0.99, eps: 1e-8)
                        default:
                            k.adamStep(parameters: p[0], gradient: p[1], firstMoment: p[3], secondMoment: p[2],
                                       weightMask: p[4], count: n, learningRate: 0.01, beta1: 0.9, beta2: 0.999,
                                       eps: 1e-8, step: step, decay: 0.0001)
                        }
                    }
                    norms.append(k.norm(UnsafeBufferPointer(start: p[0], count: n)))
                }
            }
            #expect(Self.bits(a) == Self.bits(b), "rule \(rule)")
            #expect(norms[0].bitPattern == norms[1].bitPattern, "rule \(rule)")
        }
    }
    #endif
}

#if canImport(NNKernelsHaswell)
import CCPUFeatures

/// Whether this CPU can run the Haswell copy (and NNPLAY_CPU is not `baseline`).
func nnplayCanRunHaswell() -> Bool { nnplay_cpu_has_haswell_features() != 0 }
#endif

extension Array where Element == [Double] {
    /// Calls `body` with a mutable base pointer to every buffer.
    mutating func withUnsafeMutableBufferPointers<R>(_ body: ([UnsafeMutablePointer<Double>]) -> R) -> R {
        var pointers: [UnsafeMutablePointer<Double>] = []
        for i in indices {
            let p = UnsafeMutablePointer<Double>.allocate(capacity: self[i].count)
            p.initialize(from: self[i], count: self[i].count)
            pointers.append(p)
        }
        let result = body(pointers)
        for i in indices {
            self[i] = [Double](UnsafeBufferPointer(start: pointers[i], count: self[i].count))
            pointers[i].deallocate()
        }
        return result
    }
}
