#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The elementary functions of the core, off the hot paths: the datasets' angles, the
/// `sin` features, the normal initializer's logarithm, softmax's log-sum-exp,
/// softplus, and the readable reference network. (The kernels have their own
/// vectorised `exp` and `tanh`: `VectorMath`.)
///
/// sin, cos, log, log1p and exp are nnplay's own (`SineCosine`, `Logarithm`,
/// `Exponential`): plain IEEE arithmetic with explicit fused multiply-adds, so
/// datasets, features, initial weights, losses and the landscape lab's surfaces are
/// the same bits on every platform, whatever its libm. tanh still comes from the
/// platform's C maths library: only the readable reference network uses it, and its
/// tests compare with a tolerance. This file is
/// the only place the core reaches libm.
package enum PlatformMath {
    /// sin x (nnplay's own).
    @inline(__always) package static func sin(_ x: Double) -> Double { SineCosine.sin(x) }
    /// cos x (nnplay's own).
    @inline(__always) package static func cos(_ x: Double) -> Double { SineCosine.cos(x) }
    /// The natural logarithm ln x (nnplay's own).
    @inline(__always) package static func log(_ x: Double) -> Double { Logarithm.log(x) }
    /// ln(1 + x), accurate for small x (nnplay's own).
    @inline(__always) package static func log1p(_ x: Double) -> Double { Logarithm.log1p(x) }
    /// eˣ (nnplay's own; the landscape lab's functions and the reference network).
    @inline(__always) package static func exp(_ x: Double) -> Double { Exponential.exp(x) }
    /// tanh x from libm (the readable reference network only).
    package static func tanh(_ x: Double) -> Double { libmTanh(x) }
}

// At file scope the names below resolve to libm's functions, not to PlatformMath's.
@inline(__always) private func libmTanh(_ x: Double) -> Double { tanh(x) }
