/// The flush rule for an optimizer's running averages (SGD momentum's velocity,
/// RMSProp's and Adam's means of g and g²): a stored value below the smallest normal
/// Double (2⁻¹⁰²², about 2.2e-308) is stored as 0.
///
/// Why: a parameter whose gradient is exactly 0 decays its averages geometrically
/// (m ← 0.9·m) into the subnormal range, where they stay for ever (0.9 × 4 ulps
/// rounds back to 4 ulps). On many x86 CPUs every operation on a subnormal takes a
/// slow microcode path, so a long run got about 3 times slower as such values piled up.
/// Why not the CPU's flush-to-zero mode: it differs by platform and thread, and
/// nnplay's bits must not. This rule is plain arithmetic, the same on every machine.
/// The update that computes a value still uses it unflushed; only what is carried
/// to the next step is flushed, and a subnormal is far below an ulp of any normal
/// gradient it is later added to, so ordinary runs (and every PyTorch comparison)
/// keep exactly their bits.
@inline(__always)
func flushedRunningAverage(_ x: Double) -> Double {
    abs(x) < Double.leastNormalMagnitude ? 0 : x
}
