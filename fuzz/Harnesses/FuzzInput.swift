/// The fuzzer's bytes as the text a parser is given. The files nnplay reads pass
/// through `TextFile.read`, which refuses NUL bytes and invalid UTF-8, so a harness
/// checks that first, exactly as reading a file would, then parses what is left.
func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> String? {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard !bytes.contains(0) else { return nil }
    return String(validating: bytes, as: UTF8.self)
}
