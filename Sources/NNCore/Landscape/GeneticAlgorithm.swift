/// A genetic algorithm as the course notes define it (Rojo, "Optimisation
/// strategies"): a population of parameter vectors evolves by selection of the
/// fittest, one-point crossover and mutation, with no gradient.
///
/// Each generation:
/// 1. **Selection:** the ⌈N/2⌉ fittest (lowest loss) survive unchanged (elitism).
/// 2. **Crossover:** each child takes two parents drawn uniformly from the survivors
///    and a cut k in 1…n−1: the child is (a₁ … a_k, b_(k+1) … b_n) (for n = 1 it is a copy of a).
/// 3. **Mutation:** each component of the child, with probability `mutationRate`, is
///    scaled: θ ← θ(1 + η), η ~ N(0, σ²).
///
/// The first population is the start plus N(0, σ²) noise in each component (a scaled
/// mutation alone could never move a component that starts at 0). Only the children
/// are evaluated: a survivor's loss is already known.
package struct GeneticAlgorithm: Sendable {
    package let populationSize: Int
    package let mutationRate: Double
    package let sigma: Double
    /// The population, fittest first, with each member's loss.
    package private(set) var population: [(point: [Double], loss: Double)] = []
    package private(set) var generation = 0
    private var random: RandomSource
    private let start: [Double]

    /// A population around `start` (any dimension n ≥ 1); its random numbers come from
    /// `stream` of `seed` (the landscape lab's interaction stream, the trainer's own).
    package init(start: [Double], populationSize: Int, mutationRate: Double, sigma: Double, seed: UInt64,
                 stream: RandomStream = .interaction) {
        precondition(populationSize >= 2 && (0...1).contains(mutationRate) && sigma > 0)
        self.start = start
        self.populationSize = populationSize
        self.mutationRate = mutationRate
        self.sigma = sigma
        random = RandomSource(seed: seed, stream: stream)
    }

    /// The fittest member so far.
    package var best: (point: [Double], loss: Double)? { population.first }

    /// One generation (the first evaluates the initial population). Stops evaluating as
    /// soon as `objective` reaches its target.
    package mutating func step<Objective: PopulationObjective>(_ objective: inout Objective) {
        defer { generation += 1 }
        if population.isEmpty {
            for _ in 0..<populationSize {
                let point = start.map { $0 + sigma * random.normal() }
                population.append((point, objective.evaluate(point)))
                if objective.reachedTarget { break }
            }
            sortPopulation()
            return
        }
        let survivors = Array(population.prefix((populationSize + 1) / 2))
        var next = survivors
        while next.count < populationSize {
            let a = survivors[random.integer(below: survivors.count)].point
            let b = survivors[random.integer(below: survivors.count)].point
            let n = a.count
            let cut = n > 1 ? 1 + random.integer(below: n - 1) : n
            var child = Array(a[..<cut]) + Array(b[cut...])
            for i in 0..<n where random.uniform() < mutationRate {
                child[i] *= 1 + sigma * random.normal()
            }
            next.append((child, objective.evaluate(child)))
            if objective.reachedTarget { break }
        }
        population = next
        sortPopulation()
    }

    /// How far the population spreads: the root mean square, over the components, of
    /// each component's standard deviation across the members (0 for a single point).
    package var spread: Double {
        guard let first = population.first?.point, population.count > 1 else { return 0 }
        let n = first.count, m = Double(population.count)
        var total = 0.0
        for i in 0..<n {
            var mean = 0.0
            for member in population { mean += member.point[i] }
            mean /= m
            var variance = 0.0
            for member in population { variance += (member.point[i] - mean) * (member.point[i] - mean) }
            total += variance / m
        }
        return (total / Double(n)).squareRoot()
    }

    /// Fittest first; ties keep their order.
    private mutating func sortPopulation() {
        population = population.enumerated()
            .sorted { ($0.element.loss.rankingKey, $0.offset) < ($1.element.loss.rankingKey, $1.offset) }
            .map(\.element)
    }
}
