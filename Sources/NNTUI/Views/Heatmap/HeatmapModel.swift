import NNCore

/// What the decision-boundary view shows: plain values the app fills in each frame.
package struct HeatmapModel: Sendable {
    /// The network's output over the domain, ideally at `HeatmapView.fieldSize(in:)`.
    package var field: HeatmapField
    /// Classification (points coloured and shaped by class) or regression (by value).
    package var problem: Problem
    package var train: [Sample]
    package var test: [Sample]
    /// Draw the test points too (the `t` key).
    package var showTest: Bool
    /// Hard class regions instead of shades (the `d` key).
    package var discretize: Bool
    /// Two classes: discretize at this threshold on P(class 1) (the configuration's,
    /// `TrainingConfig.threshold`); nil for the middle of the scale.
    package var threshold: Double? = nil
    /// For regression: the label values shown as full orange (lower) and full blue (upper).
    package var valueRange: ClosedRange<Double>
    package var domain: ClosedRange<Double>
    package var title: String

    package init(field: HeatmapField, problem: Problem, train: [Sample] = [], test: [Sample] = [],
                showTest: Bool = false, discretize: Bool = false, valueRange: ClosedRange<Double> = -1...1,
                domain: ClosedRange<Double> = DatasetGenerator.domain, title: String = "output") {
        self.field = field
        self.problem = problem
        self.train = train
        self.test = test
        self.showTest = showTest
        self.discretize = discretize
        self.valueRange = valueRange
        self.domain = domain
        self.title = title
    }
}
