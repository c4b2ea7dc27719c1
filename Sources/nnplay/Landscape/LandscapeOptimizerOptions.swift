import ArgumentParser
import NNCore

/// The optimizer flags of `nnplay landscape`: the playground's own (`--momentum`,
/// `--nesterov`, `--beta1`, `--beta2`, `--eps`, `--alpha`), read and range-checked by
/// the table of settings, and applied with its rules (so `--method momentum` implies
/// momentum 0.9 as `--optimizer momentum` does).
struct LandscapeOptimizerOptions: ParsableArguments {
    @Option(name: .customLong(Settings.momentum.key), parsing: .unconditional, help: Settings.momentum.argumentHelp,
            transform: Settings.momentum.argument)
    var momentum: SettingChange?

    @Flag(name: .customLong(Settings.nesterov.key), inversion: .prefixedNo, help: Settings.nesterov.argumentHelp)
    var nesterov: Bool?

    @Option(name: .customLong(Settings.beta1.key), parsing: .unconditional, help: Settings.beta1.argumentHelp,
            transform: Settings.beta1.argument)
    var beta1: SettingChange?

    @Option(name: .customLong(Settings.beta2.key), parsing: .unconditional, help: Settings.beta2.argumentHelp,
            transform: Settings.beta2.argument)
    var beta2: SettingChange?

    @Option(name: .customLong(Settings.eps.key), parsing: .unconditional, help: Settings.eps.argumentHelp,
            transform: Settings.eps.argument)
    var eps: SettingChange?

    @Option(name: .customLong(Settings.alpha.key), parsing: .unconditional, help: Settings.alpha.argumentHelp,
            transform: Settings.alpha.argument)
    var alpha: SettingChange?

    /// Refuses a flag the method does not use.
    func check(for method: LandscapeMethod.Kind) throws {
        let kind = method.optimizerKind
        let sgdFamily = kind == .sgd || kind == .momentum || kind == .nesterov
        let uses: [(String, Bool, Bool)] = [
            ("momentum", momentum != nil, sgdFamily), ("nesterov", nesterov != nil, sgdFamily),
            ("beta1", beta1 != nil, kind == .adam), ("beta2", beta2 != nil, kind == .adam),
            ("eps", eps != nil, kind == .adagrad || kind == .rmsprop || kind == .adam),
            ("alpha", alpha != nil, kind == .rmsprop),
        ]
        for (flag, given, used) in uses where given && !used {
            throw InputError("--\(flag) does not apply to --method \(method.rawValue)")
        }
    }

    /// The method with its settings: the table's defaults, the method's optimizer and
    /// what it implies, then the flags given, range-checked by the table's rules.
    func method(_ kind: LandscapeMethod.Kind, learningRate: SettingChange?, other: LandscapeMethodOptions)
        throws -> LandscapeMethod {
        let defaultRate = kind == .newton ? 1 : 0.001
        var changes = [Settings.learningRate.change(.number(defaultRate))]
        if let optimizerKind = kind.optimizerKind { changes.append(Settings.optimizer.change(.name(optimizerKind.rawValue))) }
        changes += [learningRate, momentum, nesterov.map { Settings.nesterov.change(.flag($0)) }, beta1, beta2, eps, alpha]
            .compactMap { $0 }
        let config = TrainingConfig().applying(changes, csv: nil)
        try config.validate(for: .classification(classes: 2))
        var method = LandscapeMethod(kind: kind, optimizer: config.optimizer)
        method.damping = other.damping ?? 0
        method.population = other.population
        method.sigma = other.sigma
        if let rate = other.mutationRate { method.mutationRate = rate }
        if let seed = other.seed { method.seed = seed }
        return method
    }
}
