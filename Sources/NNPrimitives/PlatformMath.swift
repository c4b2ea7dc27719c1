#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place the core reaches the platform's C maths library (libm), off the hot
/// paths: the datasets' angles, the `sin` features, the normal initializer's logarithm,
/// softmax's log-sum-exp, softplus and the readable reference network. Every other file of the core is platform-free.
///
/// These functions are correctly rounded on most platforms but not guaranteed to be,
/// so their last bit may differ between libm versions; keeping them in one place is
/// what lets the core swap in its own implementations without touching the callers.
package enum PlatformMath {
    /// sin x.
    package static func sin(_ x: Double) -> Double { libmSin(x) }
    /// cos x.
    package static func cos(_ x: Double) -> Double { libmCos(x) }
    /// The natural logarithm ln x.
    package static func log(_ x: Double) -> Double { libmLog(x) }
    /// eˣ (the readable reference network; the kernels use `VectorMath.exp`).
    package static func exp(_ x: Double) -> Double { libmExp(x) }
    /// tanh x (the readable reference network; the kernels use `VectorMath.tanh`).
    package static func tanh(_ x: Double) -> Double { libmTanh(x) }
    /// ln(1 + x), accurate for small x.
    package static func log1p(_ x: Double) -> Double { libmLog1p(x) }
}

// At file scope the names below resolve to libm's functions, not to PlatformMath's.
@inline(__always) private func libmSin(_ x: Double) -> Double { sin(x) }
@inline(__always) private func libmCos(_ x: Double) -> Double { cos(x) }
@inline(__always) private func libmLog(_ x: Double) -> Double { log(x) }
@inline(__always) private func libmExp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func libmTanh(_ x: Double) -> Double { tanh(x) }
@inline(__always) private func libmLog1p(_ x: Double) -> Double { log1p(x) }
