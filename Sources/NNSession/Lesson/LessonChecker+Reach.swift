import NNCore

/// A step must be playable on the screen: every setting its solution changes, and
/// every setting its setup gives a value that makes a difference, must be one the
/// student can see and change in the playground (`Setting.isReachable`: a panel row
/// shown with the step's configuration, a row that sets it, or keys). A step that sets
/// Adam's `eps` would hide from the student the very thing it turns on.
extension LessonChecker {
    /// Throws at the first line of the lesson's setup, then of step `index`'s, that
    /// sets a setting the student cannot reach in `setup` (the step's resolved setup),
    /// unless leaving the line out resolves to the same configuration (`classes: 3` in
    /// a lesson's setup, for a step on iris).
    func checkReach(ofStep index: Int, of lesson: Lesson, setup: LessonStepSetup, data: LessonData) throws(InputError) {
        let step = lesson.steps[index]
        for (isLessons, block) in [(true, lesson.setup), (false, step.setup)] {
            guard let block else { continue }
            for (position, line) in block.settings.enumerated() where !line.setting.setting.isReachable(in: setup.config) {
                var without = lesson
                if isLessons { without.setup?.settings.remove(at: position) }
                else { without.steps[index].setup?.settings.remove(at: position) }
                guard (try? without.resolvedSetup(ofStep: index, data: data).config) != setup.config else { continue }
                let message = Self.unreachable(line.setting.setting, by: isLessons ? "the lesson's setup" : "the setup")
                throw lesson.error("step \(index + 1) '\(step.title)': \(message)", line: line.line)
            }
        }
    }

    /// `the setup sets 'eps', which the student cannot see or change …`.
    static func unreachable(_ setting: Setting, by whom: String) -> String {
        "\(whom) sets '\(setting.key)', which the student cannot see or change in the playground "
            + "with this configuration (no panel row or key for it)"
    }
}
