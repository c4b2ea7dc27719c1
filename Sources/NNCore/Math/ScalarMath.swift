#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Natural logarithm from the platform's libm (used off the hot path only).
@inline(__always) func _log(_ x: Double) -> Double { log(x) }

/// ln(1 + x) from the platform's libm (used off the hot path only).
@inline(__always) func _log1p(_ x: Double) -> Double { log1p(x) }
