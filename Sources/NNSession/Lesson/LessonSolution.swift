import NNCore

/// The reference solution of a step's goal, which `nnplay lesson check` runs
/// headless to prove the goal can be reached. Written as a ```solution block of
/// setting lines (as in `setup`) and commands, applied in order from the state the
/// step's setup (and automatic run) left:
///
/// ```solution
/// lr: 0.3
/// reset
/// run 50
/// ```
///
/// Consecutive settings become one change of settings; `run N` trains N epochs,
/// `reset` draws fresh weights, `regenerate` draws new data. After the last line the
/// checker trains on until the goal is met (up to its `within` limit, or the
/// checker's budget).
package struct LessonSolution: Equatable, Sendable {
    package enum Action: Equatable, Sendable {
        case set(SettingChange)
        case run(epochs: Int)
        case reset
        case regenerate
    }

    /// One action with the line it is written on.
    package struct Line: Equatable, Sendable {
        package var action: Action
        package var line: Int
        /// In a race lesson, the variant (0-based) a setting goes to; nil: every variant.
        package var variant: Int?

        package init(_ action: Action, line: Int, variant: Int? = nil) {
            self.action = action
            self.line = line
            self.variant = variant
        }
    }

    package var actions: [Line]
    package var line: Int

    package init(actions: [Line], line: Int = 0) {
        self.actions = actions
        self.line = line
    }
}
