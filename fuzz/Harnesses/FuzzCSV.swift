import NNCore

/// libFuzzer entry: the CSV dataset parser (with label inference) on any text, also
/// forced to regression. A crash, a hang or an unbounded allocation is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = fuzzText(data, size) else { return 0 }
    if let dataset = try? CSVDatasetParser.parse(text, path: "fuzz.csv") {
        _ = DomainFit.rescale(dataset.samples)
    }
    _ = try? CSVDatasetParser.parse(text, path: "fuzz.csv", forceRegression: true)
    return 0
}
