import Foundation
import NNCore

/// One line of a curve lesson's `setup` or `solution` block, read into curve-lab
/// commands (the commands the keys send, so a lesson drives the lab as a student does):
///
/// ```
/// lab: curves              (setup only: which screen)
/// target: runge            setTarget (and the target's noise)
/// noise: 0.3               setNoise
/// points: 50               setPoints
/// seed: 1                  setSeed
/// degree: 9                setDegree
/// l2: 1e-3                 setL2 (ridge λ)
/// optimizer: adam          setOptimizer
/// lr: 0.01                 setLearningRate
/// hidden: 16-16            setHidden
/// activation: relu         setActivation
/// run 2000                 (solution only) 2,000 steps of descent and network
/// ```
package enum CurveLessonLine: Equatable, Sendable {
    case lab
    case command(CurveLabCommand)
    case run(Int)

    /// The most steps one `run` line may ask for.
    package static let maxRun = 200_000

    /// `text` read, or an error saying what the line should look like.
    package static func parse(_ text: String) throws(InputError) -> CurveLessonLine {
        let line = text.trimmedSpaces
        let lower = line.lowercased()
        if lower.hasPrefix("run ") || lower.hasPrefix("run:") {
            let value = lower.dropFirst(4).trimmingCharacters(in: [" ", ":"])
            guard let n = Int(value), (1...maxRun).contains(n) else {
                throw InputError("run takes a number of steps, 1 to \(maxRun) (run 2000)")
            }
            return .run(n)
        }
        guard let colon = line.firstIndex(of: ":") else { throw InputError("expected 'key: value' (degree: 9) or 'run N'") }
        let key = line[..<colon].trimmedSpaces.lowercased(), value = String(line[line.index(after: colon)...]).trimmedSpaces
        func number() throws(InputError) -> Double {
            guard let x = Double(value), x.isFinite else { throw InputError("\(key) must be a number (got '\(value)')") }
            return x
        }
        func whole() throws(InputError) -> Int {
            guard let n = Int(value) else { throw InputError("\(key) must be a whole number (got '\(value)')") }
            return n
        }
        func named<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(InputError) -> T where T.RawValue == String {
            guard let named = T(rawValue: value.lowercased()) else {
                throw InputError("unknown \(key) '\(value)' (\(T.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return named
        }
        switch key {
        case "lab":
            guard value.lowercased() == "curves" else { throw InputError("this lab is 'curves' (got '\(value)')") }
            return .lab
        case "target": return .command(.setTarget(try named(CurveTarget.Kind.self)))
        case "noise": return .command(.setNoise(try number()))
        case "points": return .command(.setPoints(try whole()))
        case "seed":
            guard let seed = UInt64(value) else { throw InputError("seed must be a whole number 0 or more") }
            return .command(.setSeed(seed))
        case "degree": return .command(.setDegree(try whole()))
        case "l2", "lambda": return .command(.setL2(try number()))
        case "optimizer": return .command(.setOptimizer(try named(OptimizerKind.self)))
        case "lr": return .command(.setLearningRate(try number()))
        case "hidden":
            let sizes = value.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !sizes.isEmpty, sizes.allSatisfy({ $0 != nil }) else {
                throw InputError("hidden takes layer sizes joined by '-' (hidden: 16-16)")
            }
            return .command(.setHidden(sizes.compactMap { $0 }))
        case "activation": return .command(.setActivation(try named(Activation.self)))
        default:
            throw InputError("unknown curve-lab key '\(key)' (lab, target, noise, points, seed, degree, l2, optimizer, lr, "
                             + "hidden, activation; run N in a solution)")
        }
    }
}
