/// The nnplay release: what `--version` prints and what model and session files
/// record as the program that wrote them.
package enum NNPlayRelease {
    package static let version = "0.1.0"
}
