import NNCore

/// The weights and biases of one layer of a saved network, in the shape people
/// think of them: `weights[i][j]` is the weight from input `j` (feature `j` for
/// the first layer, neuron `j` of the layer below otherwise) to neuron `i`, and
/// `biases[i]` is the bias of neuron `i`. One row per neuron, each row as long as
/// the layer below. (The flat order the core uses is `NetworkLayout`'s: row by
/// row, then the biases.)
package struct LayerParameters: Codable, Equatable, Sendable {
    package var weights: [[Double]]
    package var biases: [Double]

    package init(weights: [[Double]], biases: [Double]) {
        self.weights = weights
        self.biases = biases
    }

    /// Layer `l` of `network`, read out of its flat parameter vector.
    package init(network: Network, layer l: Int) {
        let layout = network.layout
        let fanIn = layout.sizes[l], fanOut = layout.sizes[l + 1]
        weights = (0..<fanOut).map { i in
            let row = layout.weightIndex(layer: l, neuron: i, input: 0)
            return Array(network.parameters[row..<(row + fanIn)])
        }
        let b = layout.biasOffsets[l]
        biases = Array(network.parameters[b..<(b + fanOut)])
    }

    /// Whether every weight and bias is a finite number.
    package var isFinite: Bool {
        biases.allSatisfy(\.isFinite) && weights.allSatisfy { $0.allSatisfy(\.isFinite) }
    }

    private enum CodingKeys: String, CodingKey {
        case weights, biases
    }

    /// Decodes as synthesized code would, but when `weights`, a row of it or
    /// `biases` is not an array, the error names the full expected type ("an array
    /// of numbers") rather than JSONDecoder's bare "Array<Any>".
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let depth = decoder.codingPath.count + 1
        do {
            weights = try container.decode([[Double]].self, forKey: .weights)
        } catch {
            throw Self.naming(error, depth: depth, as: [[Double]].self, [Double].self)
        }
        do {
            biases = try container.decode([Double].self, forKey: .biases)
        } catch {
            throw Self.naming(error, depth: depth, as: [Double].self)
        }
    }

    /// `error` with JSONDecoder's `Array<Any>` replaced by `types[n]` when it is
    /// about the value `n` levels below the key (at coding-path length `depth + n`).
    private static func naming(_ error: any Error, depth: Int, as types: Any.Type...) -> any Error {
        switch error {
        case DecodingError.typeMismatch(let type, let context) where type == [Any].self:
            let level = context.codingPath.count - depth
            guard types.indices.contains(level) else { return error }
            return DecodingError.typeMismatch(types[level], context)
        case DecodingError.valueNotFound(let type, let context) where type == [Any].self:
            let level = context.codingPath.count - depth
            guard types.indices.contains(level) else { return error }
            return DecodingError.valueNotFound(types[level], context)
        default:
            return error
        }
    }
}
