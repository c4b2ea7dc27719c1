import NNSession

/// libFuzzer entry: a session file, read with limits small enough that a replay of
/// what it describes stays fast. Reading is what is fuzzed here: the limits bound the
/// replay separately (SessionLimits).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSession(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = fuzzText(data, size) else { return 0 }
    _ = try? SessionReader.decode(text, path: "fuzz.session")
    return 0
}
