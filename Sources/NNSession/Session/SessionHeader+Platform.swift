/// What a replay says about the platform a session was recorded on.
///
/// nnplay's arithmetic is the same on every platform (explicit fused multiply-adds, its
/// own sin, cos and log, the same bits from either kernel path), so a session recorded
/// on macOS or arm64 replays bit for bit on Linux x86-64. A replay elsewhere still says
/// so, in one line, and a desync there names the platform as the likely cause: a file
/// recorded by an nnplay that still used the platform's maths library, or a platform
/// nnplay is not tested on.
extension SessionHeader {
    /// This machine, as a header names it: `linux-x86_64`, `macos-arm64`, …
    package static var thisPlatform: String { currentPlatform }

    /// Whether the header names a platform other than this one.
    package var isFromAnotherPlatform: Bool {
        guard let platform, !platform.isEmpty else { return false }
        return platform != Self.currentPlatform
    }

    /// One line for a replay of a session recorded elsewhere, or nil.
    package var otherPlatformNote: String? {
        guard isFromAnotherPlatform, let platform else { return nil }
        return "recorded on \(platform), replayed on \(Self.currentPlatform) "
            + "(nnplay computes the same bits on both)"
    }

    /// The likely cause of a desync in this session, to follow the desync message.
    package var likelyDesyncCause: String {
        if isFromAnotherPlatform, let platform {
            return "likely cause: the session was recorded on \(platform) and this is \(Self.currentPlatform); "
                + "the nnplay that recorded it (\(nnplay)) may have used that platform's maths library"
        }
        return "likely cause: the file was edited, or recorded by a different nnplay build (\(nnplay))"
    }
}
