import NNCore

/// A `setup` block: the settings a step starts from, the controls it locks and how
/// many epochs the program trains on its own before handing over.
///
/// A step's configuration is `TrainingConfig()` (TensorFlow Playground's start), then
/// the lesson's setup (the block in the introduction), then the step's: every step
/// starts from a known state, whatever the student did in the step before.
package struct LessonSetup: Equatable, Sendable {
    /// One setting with the line it is written on.
    package struct Line: Equatable, Sendable {
        package var setting: SettingChange
        package var line: Int

        package init(_ setting: SettingChange, line: Int) {
            self.setting = setting
            self.line = line
        }
    }

    /// The settings, in file order.
    package var settings: [Line]
    /// Epochs the program trains right after the setup (`run: 50`); 0 for none.
    package var autoRunEpochs: Int
    /// `lock:` as written: nil when the block says nothing about locks.
    package var locks: Set<LessonControl>?
    /// `unlock:`: taken away from the locks (`lock: all` then `unlock: lr`).
    package var unlocks: Set<LessonControl>
    /// The line of the block's opening fence.
    package var line: Int
    /// `lab:` (the lesson's introduction only): the screen the lesson runs in; nil when not said.
    package var lab: LessonLab?
    /// `variant:` lines (a race lesson's introduction only): each variant is the setup
    /// with these changes, in the `--variant` syntax (`variant: optimizer=adam,lr=0.01`).
    package var variants: [Variant] = []

    /// A race variant with the line it is written on.
    package struct Variant: Equatable, Sendable {
        package var variant: RaceVariant
        package var line: Int
    }

    package init(settings: [Line] = [], autoRunEpochs: Int = 0, locks: Set<LessonControl>? = nil,
                unlocks: Set<LessonControl> = [], line: Int = 0) {
        self.settings = settings
        self.autoRunEpochs = autoRunEpochs
        self.locks = locks
        self.unlocks = unlocks
        self.line = line
    }

    /// The controls locked by this block over `inherited` (the lesson's): its own
    /// `lock:` if it has one, else the inherited ones, minus its `unlock:`.
    package func lockedControls(inheriting inherited: Set<LessonControl>) -> Set<LessonControl> {
        (locks ?? inherited).subtracting(unlocks)
    }

    /// The settings alone.
    package var values: [SettingChange] { settings.map(\.setting) }
}
