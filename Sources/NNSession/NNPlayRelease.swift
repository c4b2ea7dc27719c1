/// The nnplay release: what `--version` prints and what model and session files
/// record as the program that wrote them.
public enum NNPlayRelease {
    public static let version = "0.1.0"
}
