/// How much text nnplay reads from one file before refusing it, so that a huge,
/// endless (`/dev/zero`) or binary file is refused after reading at most `maxBytes`,
/// in about that much memory, instead of exhausting the machine.
package struct TextFileLimits: Equatable, Sendable {
    /// The largest file, in bytes.
    package var maxBytes: Int
    /// The longest line, in bytes (without its line end).
    package var maxLineBytes: Int

    package init(maxBytes: Int, maxLineBytes: Int) {
        self.maxBytes = maxBytes
        self.maxLineBytes = maxLineBytes
    }

    /// Datasets, models and lessons: 64 MiB (a 100,000-row CSV is under 4 MiB, the
    /// largest model under 2 MiB) and lines of up to 4 MiB (a model written on one line).
    package static let standard = TextFileLimits(maxBytes: 64 << 20, maxLineBytes: 4 << 20)
}
