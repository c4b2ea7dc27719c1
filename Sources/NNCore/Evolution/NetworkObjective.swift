/// The loss a gradient-free search minimises when it trains the network: for a
/// candidate parameter vector, the mean data loss over the **whole training set**
/// plus the L1/L2 penalty, by a forward pass alone (`NetworkOutputs`, no dropout).
///
/// The whole set rather than a batch: the search ranks candidates by their losses,
/// and a ranking on different random batches each generation is noise that CMA-ES's
/// step-size control reads as progress or stagnation; the playground's datasets are
/// small (hundreds of points), so λ forward passes over all of them stay cheap. The
/// batch size and the learning rate therefore do not apply to GA and CMA-ES.
package struct NetworkObjective: PopulationObjective {
    private var network: Network
    private let inputs: FeatureMatrix
    private let problem: Problem
    private let loss: LossKind
    private let regularization: Regularization
    /// Forward passes over the training set so far (one per candidate).
    package private(set) var evaluations = 0

    package init(network: Network, inputs: FeatureMatrix, problem: Problem, loss: LossKind,
                 regularization: Regularization) {
        self.network = network
        self.inputs = inputs
        self.problem = problem
        self.loss = loss
        self.regularization = regularization
    }

    /// A training loss never stops the search.
    package var reachedTarget: Bool { false }

    package mutating func evaluate(_ x: [Double]) -> Double {
        evaluations += 1
        network.parameters = x
        let sums = network.weightSums
        let penalty = regularization.penalty(weightSumAbs: sums.abs, weightSumSquares: sums.squares)
        return NetworkOutputs(network: network, inputs: inputs, problem: problem, loss: loss).meanLoss + penalty
    }
}
