import NNCore

/// The curve-fitting lab's whole state, pure and deterministic: the sample, the
/// closed-form fit (least squares or ridge, with its condition number), the same
/// polynomial fitted by gradient descent, and a small network. Commands take effect
/// between steps; each step advances the descent and the network by one update.
/// Same settings and (step, command) log: same bits.
package struct CurveLab: Sendable {
    package private(set) var settings: CurveLabSettings
    package private(set) var sample: CurveSample
    /// Nil when the degree has more coefficients than the training points determine (λ = 0).
    package private(set) var closedForm: PolynomialFit?
    package private(set) var descent: PolynomialDescent
    package private(set) var network: CurveNetworkFit
    /// Steps since the session began: the log's clock.
    package private(set) var sessionStep = 0
    package private(set) var isPlaying = false
    /// The pace while playing; nil: as fast as possible.
    package private(set) var stepsPerSecond: Int? = 60
    /// Bumped by every change and step (a snapshot is stale when it differs).
    package private(set) var version = 0
    /// Bumped when the sample or the closed form changes: the analyses (U-curves,
    /// bias–variance) depend on nothing else.
    package private(set) var fitVersion = 0
    /// Why the last command was refused, if it was.
    package private(set) var rejection: String?
    /// The lesson goal judged after every command and step (`watchGoal`), and the first
    /// moment it held since it was set (`CurveLab+Goal`).
    package internal(set) var watchedGoal: [CurveLabGoal]?
    package internal(set) var goalMetAt: CurveGoalMoment?

    /// A lab on `settings`, paused. Settings out of range are clamped by the caller.
    package init(settings: CurveLabSettings) {
        precondition(settings.problem == nil, settings.problem ?? "")
        self.settings = settings
        let target = CurveTarget(settings.target)
        sample = CurveSample(target: target, count: settings.points, noise: settings.noise, seed: settings.seed)
        closedForm = nil
        descent = PolynomialDescent(points: [], degree: 0, l2: 0, domain: target.domain, optimizer: settings.optimizer)
        network = CurveNetworkFit(points: [], domain: target.domain, hidden: settings.hidden,
                                  activation: settings.activation, optimizer: settings.optimizer, seed: settings.seed)
        refit()
        restartModels()
    }

    package var target: CurveTarget { CurveTarget(settings.target) }

    /// ‖β_GD − β*‖ over the scaled coefficients (NaN without a closed form).
    package var descentDistance: Double {
        closedForm.map { descent.distance(to: $0) } ?? .nan
    }

    /// One update of the descent and the network (a diverged model stays as it is;
    /// when both have diverged the lab pauses itself).
    @discardableResult
    package mutating func step() -> Bool {
        guard descent.isFinite || network.isFinite else {
            isPlaying = false
            return false
        }
        if descent.isFinite { descent.step() }
        if network.isFinite { network.step() }
        sessionStep += 1
        version += 1
        if !descent.isFinite && !network.isFinite { isPlaying = false }
        judgeGoal()
        return true
    }

    /// Applies `command` (at a step boundary), then judges the watched goal.
    package mutating func apply(_ command: CurveLabCommand) {
        change(command)
        judgeGoal()
    }

    private mutating func change(_ command: CurveLabCommand) {
        rejection = nil
        version += 1
        switch command {
        case .setSpeed(let rate):
            if let rate, rate <= 0 { rejection = "the pace must be above 0 steps/s"; return }
            stepsPerSecond = rate
            return
        case .play:
            isPlaying = descent.isFinite || network.isFinite
            return
        case .pause:
            isPlaying = false
            return
        case .step:
            step()
            return
        case .reset:
            restartModels()
            return
        case .watchGoal(let goal):
            watchedGoal = goal
            goalMetAt = nil
            return
        default: break
        }
        guard let next = settings.applying(command) else { return }
        if let problem = next.problem {
            rejection = problem
            return
        }
        let old = settings
        settings = next
        if old.target != next.target || old.noise != next.noise || old.points != next.points || old.seed != next.seed {
            sample = CurveSample(target: target, count: next.points, noise: next.noise, seed: next.seed)
            refit()
            restartModels()
        } else if old.degree != next.degree || old.l2 != next.l2 {
            refit()
            restartDescent()
        } else if old.optimizer != next.optimizer {
            descent.reconfigure(next.optimizer)
            network.reconfigure(next.optimizer)
        } else if old.hidden != next.hidden || old.activation != next.activation {
            restartNetwork()
        }
    }

    /// The closed form for the current sample, degree and λ.
    private mutating func refit() {
        closedForm = try? PolynomialFit(points: sample.train, degree: settings.degree, l2: settings.l2,
                                        domain: target.domain)
        fitVersion += 1
    }

    private mutating func restartModels() {
        restartDescent()
        restartNetwork()
    }

    private mutating func restartDescent() {
        descent = PolynomialDescent(points: sample.train, degree: settings.degree, l2: settings.l2,
                                    domain: target.domain, optimizer: settings.optimizer)
    }

    private mutating func restartNetwork() {
        network = CurveNetworkFit(points: sample.train, domain: target.domain, hidden: settings.hidden,
                                  activation: settings.activation, optimizer: settings.optimizer, seed: settings.seed)
    }
}
