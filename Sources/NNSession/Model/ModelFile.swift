import NNCore

/// A trained network saved as a JSON text file (`nnplay train --save m.json`,
/// `nnplay play --load m.json`): what it learnt from, how it was trained, for how
/// long, and every weight and bias.
///
/// # The model file format, version 1
///
/// ```json
/// {
///   "config" : { "activation" : "tanh", "hiddenLayers" : [4, 2], ... },
///   "format" : "nnplay-model",
///   "layers" : [
///     { "biases" : [0.1, -0.3, 0, 0.2],
///       "weights" : [[0.5, -1.2], [0.7, 0.05], [-0.4, 0.9], [1.1, 0.3]] },
///     { "biases" : [0.02, -0.1], "weights" : [[...4 numbers...], [...4 numbers...]] },
///     { "biases" : [0.4], "weights" : [[1.5, -2.25]] }
///   ],
///   "nnplay" : "0.1.0",
///   "problem" : { "classification" : { "classes" : 2 } },
///   "trained" : { "epochs" : 20, "steps" : 1000 },
///   "version" : 1
/// }
/// ```
///
/// - `format`: always `"nnplay-model"`, so that a session or lesson file given by
///   mistake is recognised as such.
/// - `version`: the version of this format. nnplay reads every version up to
///   `currentVersion` and refuses newer files rather than misreading them.
/// - `nnplay`: the nnplay release that wrote the file (for people; not checked).
/// - `problem`: `{"classification": {"classes": K}}` or `{"regression": {}}`.
/// - `config`: the whole training configuration (dataset, features, hidden
///   layers, activation, output head, loss, optimizer, …), the same object a
///   session file holds. Loading checks it exactly as the command line would.
/// - `trained`: updates (`steps`) and complete epochs trained so far.
/// - `layers`: one entry per layer of weights, input side first, so a network
///   with hidden layers `[4, 2]` has 3 (4 neurons, 2 neurons, the output). In
///   layer `l`, `weights[i][j]` is the weight from input `j` to neuron `i` and
///   `biases[i]` is neuron `i`'s bias. The inputs of layer 0 are the features,
///   in `config.features` order; the inputs of layer `l` are the neurons of
///   layer `l − 1`. So `weights` has one row per neuron, each row as long as the
///   layer below, and `biases` is as long as `weights`.
///
/// Keys are sorted and the text is pretty-printed (in the file every number sits
/// on its own line, which also makes error lines exact). Each parameter is one
/// JSON number, written with the fewest digits that read back as exactly the same
/// `Double`, so saving and loading a model changes no bit. NaN and infinity are
/// not JSON: a diverged network is refused when saving, and `NaN`, `Infinity` or
/// `1e999` are refused when loading.
package struct ModelFile: Codable, Equatable, Sendable {
    /// The value of the `format` key.
    package static let format = "nnplay-model"
    /// The newest format version this nnplay reads, and the one it writes.
    package static let currentVersion = 1
    /// The nnplay release written into new files' `nnplay` key.
    package static let nnplayVersion = NNPlayRelease.version

    package var version: Int
    package var nnplay: String
    package var problem: Problem
    package var config: TrainingConfig
    package var trained: TrainedCounts
    package var layers: [LayerParameters]

    package init(version: Int = ModelFile.currentVersion, nnplay: String = ModelFile.nnplayVersion,
                problem: Problem, config: TrainingConfig, trained: TrainedCounts, layers: [LayerParameters]) {
        self.version = version
        self.nnplay = nnplay
        self.problem = problem
        self.config = config
        self.trained = trained
        self.layers = layers
    }

    /// A snapshot of `network` (trained with `config` on data of kind `problem`
    /// for `steps` updates and `epochs` epochs), in the current format version.
    package init(network: Network, config: TrainingConfig, problem: Problem, steps: Int, epochs: Int) {
        self.init(problem: problem, config: config, trained: TrainedCounts(steps: steps, epochs: epochs),
                  layers: (0..<network.layout.layerCount).map { LayerParameters(network: network, layer: $0) })
    }

    private enum CodingKeys: String, CodingKey {
        case format, version, nnplay, problem, config, trained, layers
    }

    /// Reads the keys in file order of importance: `format` and `version` first, so
    /// that a wrong or newer file is refused before its contents are misread.
    /// (`ModelFile.decode` checks these two itself, with better positions.)
    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let format = try c.decode(String.self, forKey: .format)
        guard format == Self.format else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: c, debugDescription: Self.wrongFormat(format))
        }
        version = try c.decode(Int.self, forKey: .version)
        if let problem = Self.versionProblem(version) {
            throw DecodingError.dataCorruptedError(forKey: .version, in: c, debugDescription: problem)
        }
        nnplay = try c.decode(String.self, forKey: .nnplay)
        problem = try c.decode(Problem.self, forKey: .problem)
        config = try c.decode(TrainingConfig.self, forKey: .config)
        trained = try c.decode(TrainedCounts.self, forKey: .trained)
        layers = try c.decode([LayerParameters].self, forKey: .layers)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.format, forKey: .format)
        try c.encode(version, forKey: .version)
        try c.encode(nnplay, forKey: .nnplay)
        try c.encode(problem, forKey: .problem)
        try c.encode(config, forKey: .config)
        try c.encode(trained, forKey: .trained)
        try c.encode(layers, forKey: .layers)
    }

    /// The message for a file whose `format` is not ours.
    static func wrongFormat(_ format: String) -> String {
        "not an nnplay model file (format is \"\(format)\", expected \"\(Self.format)\")"
    }

    /// Why this nnplay cannot read format `version`, or nil if it can.
    static func versionProblem(_ version: Int) -> String? {
        if version > currentVersion {
            return "written by a newer nnplay (model version \(version); this nnplay reads up to \(currentVersion))"
        }
        if version < 1 {
            return "expected a model version from 1 to \(currentVersion), found \(version)"
        }
        return nil
    }
}
