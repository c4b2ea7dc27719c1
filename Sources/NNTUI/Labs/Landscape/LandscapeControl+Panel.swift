import NNCore
import NNSession

/// What each control row shows, and the command ← or → sends for it.
extension LandscapeControl {
    /// The row as the controls panel draws it.
    package func item(_ setup: LandscapeLabSetup) -> ControlItem {
        func number(_ v: Double) -> String { NumberText.significant(v) }
        switch self {
        case .section(let title): return .section(title)
        case .function: return ControlItem(label: "function", value: setup.function.rawValue)
        case .condition: return ControlItem(label: "condition κ", value: number(setup.condition))
        case .start:
            let start = setup.start ?? [0, 0]
            return ControlItem(label: "start", value: "\(number(start[0])), \(number(start[1]))")
        case .seed: return ControlItem(label: "seed", value: String(setup.seed))
        case .pace: return ControlItem(label: "pace", value: setup.stepsPerSecond.map { "\($0) it/s" } ?? "max")
        case .knob(let slot, let knob):
            guard setup.methods.indices.contains(slot) else { return ControlItem(label: knob.rawValue) }
            let m = setup.methods[slot], o = m.optimizer
            let value: String
            switch knob {
            case .kind: value = m.kind.rawValue
            case .learningRate: value = number(o.learningRate)
            case .momentum: value = number(o.momentum)
            case .nesterov: value = o.nesterov ? "on" : "off"
            case .beta1: value = number(o.beta1)
            case .beta2: value = number(o.beta2)
            case .eps: value = number(o.effectiveEps)
            case .alpha: value = number(o.alpha)
            case .damping: value = number(m.damping)
            case .population: value = String(m.effectivePopulation)
            case .sigma: value = number(m.effectiveSigma)
            case .mutationRate: value = number(m.mutationRate)
            }
            return ControlItem(label: knob == .learningRate && m.kind == .newton ? "step" : knob.rawValue, value: value)
        case .removeMethod: return .action("remove this method")
        case .addMethod: return .action("add a method")
        case .reset: return .action("restart the race")
        }
    }

    /// The command for ← (`direction` −1) or → (+1); nil at the end of a ladder or for
    /// rows that do not step.
    package func step(_ direction: Int, in setup: LandscapeLabSetup) -> LandscapeLabCommand? {
        switch self {
        case .section, .start, .removeMethod, .addMethod, .reset: return nil
        case .function:
            return .setFunction(Self.cycle(LandscapeFunction.Kind.allCases, setup.function, direction))
        case .condition: return LandscapeLadders.condition.step(setup.condition, by: direction).map { .setCondition($0) }
        case .seed:
            guard direction > 0 || setup.seed > 0 else { return nil }
            return .setSeed(direction > 0 ? setup.seed &+ 1 : setup.seed - 1)
        case .pace:
            let ladder = LandscapeLadders.pace
            guard let rate = setup.stepsPerSecond else {
                return direction < 0 ? .setPace(stepsPerSecond: Int(ladder.rungs.last!)) : nil
            }
            if direction > 0 && Double(rate) >= ladder.rungs.last! { return .setPace(stepsPerSecond: nil) }
            return ladder.step(Double(rate), by: direction).map { .setPace(stepsPerSecond: Int($0)) }
        case .knob(let slot, let knob):
            guard setup.methods.indices.contains(slot) else { return nil }
            var m = setup.methods[slot]
            func rung(_ ladder: Ladder, _ value: Double) -> Double? { ladder.step(value, by: direction) }
            switch knob {
            case .kind: m = .labDefault(Self.cycle(LandscapeMethod.Kind.allCases, m.kind, direction))
            case .learningRate:
                guard let v = rung(.learningRate, m.optimizer.learningRate) else { return nil }
                m.optimizer.learningRate = v
            case .momentum:
                guard let v = rung(.momentum, m.optimizer.momentum) else { return nil }
                m.optimizer.momentum = v
            case .nesterov: m.optimizer.nesterov.toggle()
            case .beta1:
                guard let v = rung(.beta1, m.optimizer.beta1) else { return nil }
                m.optimizer.beta1 = v
            case .beta2:
                guard let v = rung(.beta2, m.optimizer.beta2) else { return nil }
                m.optimizer.beta2 = v
            case .eps:
                guard let v = rung(LandscapeLadders.eps, m.optimizer.effectiveEps) else { return nil }
                m.optimizer.eps = v
            case .alpha:
                guard let v = rung(.alpha, m.optimizer.alpha) else { return nil }
                m.optimizer.alpha = v
            case .damping:
                guard let v = rung(LandscapeLadders.damping, m.damping) else { return nil }
                m.damping = v
            case .population:
                guard let v = rung(LandscapeLadders.population, Double(m.effectivePopulation)) else { return nil }
                m.population = Int(v)
            case .sigma:
                guard let v = rung(LandscapeLadders.sigma, m.effectiveSigma) else { return nil }
                m.sigma = v
            case .mutationRate:
                guard let v = rung(LandscapeLadders.mutationRate, m.mutationRate) else { return nil }
                m.mutationRate = v
            }
            return m == setup.methods[slot] ? nil : .setMethod(slot: slot, method: m)
        }
    }

    /// The command Enter (or a click) sends for a button; nil for other rows.
    package func press(in setup: LandscapeLabSetup) -> LandscapeLabCommand? {
        switch self {
        case .removeMethod(let slot): return .removeMethod(slot: slot)
        case .addMethod:
            guard setup.methods.count < LandscapeLabState.maxMethods else { return nil }
            let used = Set(setup.methods.map(\.kind))
            let next = LandscapeMethod.Kind.allCases.first { !used.contains($0) } ?? .gd
            return .addMethod(.labDefault(next))
        case .reset: return .reset
        default: return nil
        }
    }

    /// The case after (or before) `value` in `all`, wrapping round.
    static func cycle<T: Equatable>(_ all: [T], _ value: T, _ direction: Int) -> T {
        let i = all.firstIndex(of: value) ?? 0
        return all[((i + direction) % all.count + all.count) % all.count]
    }
}
