import CCPUFeatures
import NNKernels
#if canImport(NNKernelsHaswell)
import NNKernelsHaswell
#endif

/// Which compiled copy of the hot kernels runs on this machine: the baseline build
/// (any x86-64, arm64) or, on x86-64 CPUs with AVX2 and FMA, the same sources built
/// for Haswell (`NNKernelsHaswell`). Chosen once, from CPUID; both give the same bits
/// (see `NNKernels.Kernels`), so the choice changes speed only.
///
/// `NNPLAY_CPU=baseline` in the environment forces the baseline copy (tests compare
/// the two; a teacher can rule the CPU path out when a result looks wrong).
package enum KernelPath: String, Sendable {
    case baseline
    case haswell

    /// The path this process uses.
    package static let current: KernelPath = {
        #if canImport(NNKernelsHaswell)
        return nnplay_cpu_has_haswell_features() != 0 ? .haswell : .baseline
        #else
        return .baseline
        #endif
    }()

    /// The kernels of this process's path: `KernelPath.kernels.forward(...)`.
    package static let kernels: any KernelSet.Type = current.kernels

    /// The compiled copy of the kernels for this path.
    package var kernels: any KernelSet.Type {
        #if canImport(NNKernelsHaswell)
        if self == .haswell { return NNKernelsHaswell.Kernels.self }
        #endif
        return NNKernels.Kernels.self
    }

    /// One line for `nnplay bench` and diagnostics, e.g. "haswell (AVX2+FMA)".
    package var summary: String {
        switch self {
        case .baseline: return "baseline (every x86-64 and arm64 CPU)"
        case .haswell: return "haswell (AVX2+FMA)"
        }
    }
}
