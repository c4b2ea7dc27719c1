import NNCore

extension LessonControl {
    /// The controls whose settings differ between `old` and `new`: what a change from
    /// `old` to `new` touches, to refuse it when the step locks one of them. Compared
    /// setting by setting through the table; a new draw of the data counts as
    /// `dataset`, and a new optimizer kind as `optimizer` alone (it brings its own
    /// hyperparameters with it).
    package static func changed(from old: TrainingConfig, to new: TrainingConfig) -> Set<LessonControl> {
        let kindChanged = old.optimizer.kind != new.optimizer.kind
        var changed = Set<LessonControl>()
        for setting in Settings.lessonSettings where !(kindChanged && setting.followsOptimizer) {
            if setting.read(old) != setting.read(new) { changed.insert(LessonControl(setting)) }
        }
        if old.dataset.generation != new.dataset.generation { changed.insert(.dataset) }
        return changed
    }
}
