import NNSession

/// libFuzzer entry: a lesson's Markdown, parsed as `nnplay lesson check` reads it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLesson(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = fuzzText(data, size) else { return 0 }
    _ = try? LessonParser.parse(text, path: "fuzz.md")
    return 0
}
