import NNCore
import NNSession

/// One row of the landscape lab's controls panel: a setting of the surface or of one
/// method, or a button. Which rows exist depends on the methods racing (each method
/// shows only the knobs its rule uses).
package enum LandscapeControl: Equatable, Sendable {
    /// A method's knob.
    package enum Knob: String, Equatable, Sendable {
        case kind = "method", learningRate = "lr", momentum, nesterov, beta1, beta2, eps, alpha, damping
        case population, sigma, mutationRate = "mutation"
    }

    case section(String)
    case function, condition, start, seed, pace
    case knob(slot: Int, Knob)
    case removeMethod(slot: Int)
    case addMethod
    case reset

    /// The knobs a method of `kind` uses, in panel order.
    package static func knobs(of kind: LandscapeMethod.Kind) -> [Knob] {
        switch kind {
        case .gd: return [.kind, .learningRate]
        case .momentum, .nesterov: return [.kind, .learningRate, .momentum, .nesterov]
        case .adagrad: return [.kind, .learningRate, .eps]
        case .rmsprop: return [.kind, .learningRate, .alpha, .eps]
        case .adam: return [.kind, .learningRate, .beta1, .beta2, .eps]
        case .newton: return [.kind, .learningRate, .damping]
        case .ga: return [.kind, .population, .sigma, .mutationRate]
        case .cmaes: return [.kind, .population, .sigma]
        }
    }

    /// The rows for `setup`: the surface's, then each method's, then the buttons.
    package static func rows(for setup: LandscapeLabSetup) -> [LandscapeControl] {
        var rows: [LandscapeControl] = [.section("surface"), .function]
        if setup.function == .ravine { rows.append(.condition) }
        rows += [.start, .seed, .pace]
        for (slot, method) in setup.methods.enumerated() {
            rows.append(.section("\(slot + 1) \(MethodMarks.head(slot))"))
            rows += knobs(of: method.kind).map { .knob(slot: slot, $0) }
            if setup.methods.count > 1 { rows.append(.removeMethod(slot: slot)) }
        }
        rows.append(.section("race"))
        if setup.methods.count < LandscapeLabState.maxMethods { rows.append(.addMethod) }
        rows.append(.reset)
        return rows
    }
}

/// The values ← and → step through, for the knobs with no playground ladder.
package enum LandscapeLadders {
    package static let eps = Ladder([1e-10, 1e-8, 1e-6, 1e-4, 1e-2, 0.1])
    package static let damping = Ladder([0, 0.01, 0.1, 0.3, 1, 3, 10, 30, 100])
    package static let population = Ladder([2, 4, 6, 8, 10, 12, 16, 20, 30, 50, 100])
    package static let sigma = Ladder([0.05, 0.1, 0.2, 0.5, 1, 2, 5])
    package static let mutationRate = Ladder((0...10).map { Double($0) / 10 })
    package static let condition = Ladder([1, 2, 5, 10, 20, 50, 100, 1_000, 10_000, 100_000, 1_000_000])
    /// Iterations per second; past the last rung: as fast as possible.
    package static let pace = Ladder([1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000])
}
