import Foundation
import NNCore
@testable import NNSession

/// Small hand-made models and texts shared by the model-file tests.
enum ModelFixtures {
    /// A 2-3-1 tanh network whose parameter k is 0.5 + k, so that every flat
    /// index can be recognised by its value.
    static func tinyNetwork() -> Network {
        let layout = NetworkLayout(sizes: [2, 3, 1])
        return Network(layout: layout, activation: .tanh, output: .sigmoid,
                       parameters: (0..<layout.parameterCount).map { 0.5 + Double($0) })
    }

    /// The configuration that builds `tinyNetwork`'s shape.
    static func tinyConfig() -> TrainingConfig {
        var config = TrainingConfig()
        config.hiddenLayers = [3]
        return config
    }

    static func tinyModel() -> ModelFile {
        ModelFile(network: tinyNetwork(), config: tinyConfig(), problem: .classification(classes: 2), steps: 10, epochs: 1)
    }

    /// The tiny model written by hand, one thing per line, so that tests can pin
    /// line numbers: 2 format, 3 version, 5 problem, 6 config (all on one line),
    /// 7 trained, 9–10 layer 0's weights and biases, 11–12 layer 1's.
    static func text(config: String? = nil) -> String {
        """
        {
          "format": "nnplay-model",
          "version": 1,
          "nnplay": "0.1.0",
          "problem": {"classification": {"classes": 2}},
          "config": \(config ?? compactConfig()),
          "trained": {"steps": 10, "epochs": 1},
          "layers": [
            {"weights": [[0.5, 1.5], [2.5, 3.5], [4.5, 5.5]],
             "biases": [6.5, 7.5, 8.5]},
            {"weights": [[9.5, 10.5, 11.5]],
             "biases": [12.5]}
          ]
        }

        """
    }

    /// `tinyConfig()` as one line of JSON with sorted keys, e.g. `"activation":"tanh"`.
    static func compactConfig() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(tinyConfig()), as: UTF8.self)
    }

    /// `text()` with `old` replaced by `new` (which must occur exactly once).
    static func text(replacing old: String, with new: String, config: String? = nil) -> String {
        let base = text(config: config)
        precondition(base.components(separatedBy: old).count == 2, "'\(old)' must occur once")
        return base.replacingOccurrences(of: old, with: new)
    }

    /// The description of the error `ModelFile.decode` throws for `text`, or
    /// "no error" if it decodes.
    static func decodeError(_ text: String, path: String = "m.json") -> String {
        do {
            _ = try ModelFile.decode(text, path: path)
            return "no error"
        } catch {
            return error.description
        }
    }
}
