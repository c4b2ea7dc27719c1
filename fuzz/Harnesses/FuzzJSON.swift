import NNCore
import NNSession

/// libFuzzer entry: the JSON scanner (grammar, nesting, numbers, duplicate keys) and
/// the decoding path that locates errors in it, on a training configuration.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = fuzzText(data, size) else { return 0 }
    if JSONSyntax.firstError(in: text) == nil {
        _ = try? JSONInput.decode(TrainingConfig.self, from: text, path: "fuzz.json")
    }
    return 0
}
