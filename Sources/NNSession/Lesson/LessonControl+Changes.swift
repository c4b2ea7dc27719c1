import NNCore

extension LessonControl {
    /// The controls whose settings differ between `old` and `new`: what a change from
    /// `old` to `new` touches, to refuse it when the step locks one of them. A new
    /// optimizer kind counts as `optimizer` alone (it brings its own defaults with it).
    public static func changed(from old: TrainingConfig, to new: TrainingConfig) -> Set<LessonControl> {
        var changed = Set<LessonControl>()
        func mark(_ control: LessonControl, _ differs: Bool) {
            if differs { changed.insert(control) }
        }
        let (a, b) = (old.dataset, new.dataset)
        mark(.dataset, a.kind != b.kind || a.csvPath != b.csvPath || a.generation != b.generation)
        mark(.noise, a.noise != b.noise)
        mark(.testRatio, a.testRatio != b.testRatio)
        mark(.points, a.count != b.count)
        mark(.classes, a.classes != b.classes)
        mark(.features, old.features != new.features)
        mark(.hidden, old.hiddenLayers != new.hiddenLayers)
        mark(.activation, old.activation != new.activation)
        mark(.output, old.output != new.output)
        mark(.loss, old.loss != new.loss)
        mark(.initializer, old.initializer != new.initializer)
        let (o, p) = (old.optimizer, new.optimizer)
        if o.kind != p.kind {
            changed.insert(.optimizer)
        } else {
            mark(.momentum, o.momentum != p.momentum)
            mark(.nesterov, o.nesterov != p.nesterov)
            mark(.beta1, o.beta1 != p.beta1)
            mark(.beta2, o.beta2 != p.beta2)
            mark(.eps, o.eps != p.eps)
            mark(.alpha, o.alpha != p.alpha)
            mark(.weightDecay, o.weightDecay != p.weightDecay)
        }
        mark(.learningRate, o.learningRate != p.learningRate)
        mark(.schedule, old.schedule != new.schedule)
        mark(.clip, old.clipNorm != new.clipNorm)
        mark(.regularization, old.regularization != new.regularization)
        mark(.batch, old.batchSize != new.batchSize)
        mark(.shuffle, old.shuffle != new.shuffle)
        mark(.seed, old.seed != new.seed)
        return changed
    }
}
