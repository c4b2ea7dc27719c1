import NNCore

extension JSONVocabulary {
    /// Every enumeration that nnplay's files (models, sessions, configs) contain.
    /// Add new configuration enums here so that errors about them list their values.
    package static let nnplay: JSONVocabulary = {
        var v = JSONVocabulary()
        v.add(Activation.self)
        v.add(OutputHead.self)
        v.add(LossKind.self)
        v.add(Feature.self)
        v.add(Initializer.self)
        v.add(OptimizerKind.self)
        v.add(LearningRateSchedule.Kind.self)
        v.add(DatasetKind.self)
        v.add(Problem.self, singleKeyCases: ["classification", "regression"])
        return v
    }()
}
