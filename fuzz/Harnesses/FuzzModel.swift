import NNCore
import NNSession

/// libFuzzer entry: a model file, decoded and (when it decodes) turned into the
/// network parameters `nnplay train --load` would use.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModel(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = fuzzText(data, size), let model = try? ModelFile.decode(text, path: "fuzz.json") else { return 0 }
    // Decoding validated the configuration, so its layer sizes are within the limits.
    let layout = NetworkLayout(sizes: model.config.layerSizes(for: model.problem))
    _ = try? model.parameters(for: layout, path: "fuzz.json")
    _ = model.trained.steps + model.trained.epochs
    return 0
}
