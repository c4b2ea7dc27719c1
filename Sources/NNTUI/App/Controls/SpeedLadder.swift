import NNCore

/// The training speeds `+` and `-` choose from, in steps per second; nil is "as fast
/// as possible", the fastest.
public enum SpeedLadder {
    public static let rungs: [Int?] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, nil]

    /// The speed one rung faster (`direction` > 0) or slower (< 0); nil result means
    /// "as fast as possible". Stays put at either end.
    public static func step(_ speed: Int?, by direction: Int) -> Int? {
        guard let speed else { return direction < 0 ? rungs[rungs.count - 2] : nil }
        if direction > 0 {
            guard let index = rungs.firstIndex(where: { $0.map { $0 > speed } ?? true }) else { return nil }
            return rungs[index]
        }
        return rungs.last { $0.map { $0 < speed } ?? false } ?? rungs[0]
    }

    /// `100 steps/s` or `max`.
    public static func text(_ speed: Int?) -> String {
        speed.map { "\(NumberText.grouped($0)) steps/s" } ?? "max"
    }
}
