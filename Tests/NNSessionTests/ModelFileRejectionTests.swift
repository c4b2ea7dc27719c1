import Foundation
import NNCore
import Testing
@testable import NNSession

/// Every way a model file can be wrong gives `path:line: message`, pinned here
/// word for word. Lines refer to `ModelFixtures.text()` (6 is the config line).
@Suite struct ModelFileRejectionTests {
    typealias F = ModelFixtures

    @Test func fixtureItselfDecodes() {
        #expect(F.decodeError(F.text()) == "no error")
    }

    // MARK: Not JSON, or not a model

    @Test func invalidJSONIsLocated() {
        #expect(F.decodeError(F.text(replacing: "\"version\": 1,", with: "\"version\": 1"))
                == "m.json:3: invalid JSON: missing ',' after version")
        #expect(F.decodeError(F.text(replacing: "[[9.5, 10.5, 11.5]]", with: "[[9.5, 10.5, 11.5]"))
                == "m.json:12: invalid JSON: expected ',' or ']' after layers[1].weights[1], found ':' (is a ']' missing?)")
        #expect(F.decodeError(F.text(replacing: "[12.5]}", with: "[12.5}"))
                == "m.json:12: invalid JSON: expected ',' or ']' after layers[1].biases[0], found '}'")
        #expect(F.decodeError(F.text(replacing: "\"nnplay\": \"0.1.0\"", with: "\"nnplay\": \"0.1.0"))
                == "m.json:4: invalid JSON: a string is not closed before the end of its line (missing '\"')")
        #expect(F.decodeError("") == "m.json:1: invalid JSON: the text is empty")
    }

    @Test func topLevelMustBeAnObject() {
        #expect(F.decodeError("[1, 2]\n") == "m.json:1: expected an object, found an array")
    }

    @Test func wrongFormatIsNamed() {
        #expect(F.decodeError(F.text(replacing: "\"nnplay-model\"", with: "\"nnplay-session\""))
                == "m.json:2: not an nnplay model file (format is \"nnplay-session\", expected \"nnplay-model\")")
        #expect(F.decodeError(F.text(replacing: "  \"format\": \"nnplay-model\",\n", with: ""))
                == "m.json:1: not an nnplay model file (it has no \"format\": \"nnplay-model\")")
        #expect(F.decodeError(F.text(replacing: "\"nnplay-model\"", with: "7"))
                == "m.json:2: format: expected a string, found 7")
    }

    @Test func newerVersionIsRefusedBeforeAnythingElse() {
        // Version 2 may have changed everything else: say that, not "missing key".
        let newer = F.text(replacing: "\"version\": 1", with: "\"version\": 2")
            .replacingOccurrences(of: "\"trained\"", with: "\"progress\"")
        #expect(F.decodeError(newer)
                == "m.json:3: written by a newer nnplay (model version 2; this nnplay reads up to 1)")
        #expect(F.decodeError(F.text(replacing: "\"version\": 1", with: "\"version\": 0"))
                == "m.json:3: version: expected a model version from 1 to 1, found 0")
        #expect(F.decodeError(F.text(replacing: "  \"version\": 1,\n", with: ""))
                == "m.json:1: missing key \"version\"")
    }

    // MARK: Missing keys and wrong types

    @Test func missingKeysNameTheEnclosingObject() {
        #expect(F.decodeError(F.text(replacing: "  \"trained\": {\"steps\": 10, \"epochs\": 1},\n", with: ""))
                == "m.json:1: missing key \"trained\"")
        #expect(F.decodeError(F.text(replacing: "[[9.5, 10.5, 11.5]],\n     \"biases\": [12.5]}", with: "[[9.5, 10.5, 11.5]]}"))
                == "m.json:11: layers[1]: missing key \"biases\"")
        #expect(F.decodeError(F.text(replacing: "{\"classes\": 2}", with: "{}"))
                == "m.json:5: problem.classification: missing key \"classes\"")
        #expect(F.decodeError(F.text(replacing: "\"activation\":\"tanh\",", with: ""))
                == "m.json:6: config: missing key \"activation\"")
    }

    @Test func wrongTypesSayWhatWasExpectedAndFound() {
        #expect(F.decodeError(F.text(replacing: "\"biases\": [6.5, 7.5, 8.5]", with: "\"biases\": \"6.5\""))
                == "m.json:10: layers[0].biases: expected an array of numbers, found \"6.5\"")
        #expect(F.decodeError(F.text(replacing: "[6.5, 7.5, 8.5]", with: "[6.5,\n  \"7.5\", 8.5]"))
                == "m.json:11: layers[0].biases[1]: expected a number, found \"7.5\"")
        #expect(F.decodeError(F.text(replacing: "[6.5, 7.5, 8.5]", with: "[6.5, null, 8.5]"))
                == "m.json:10: layers[0].biases[1]: expected a number, found null")
        #expect(F.decodeError(F.text(replacing: "\"biases\": [12.5]", with: "\"biases\": null"))
                == "m.json:12: layers[1].biases: expected an array of numbers, found null")
        #expect(F.decodeError(F.text(replacing: "[[9.5, 10.5, 11.5]]", with: "[9.5, 10.5, 11.5]"))
                == "m.json:11: layers[1].weights[0]: expected an array of numbers, found 9.5")
        #expect(F.decodeError(F.text(replacing: "[[9.5, 10.5, 11.5]]", with: "{\"a\": 1}"))
                == "m.json:11: layers[1].weights: expected an array of arrays of numbers, found an object")
        #expect(F.decodeError(F.text(replacing: "\"steps\": 10", with: "\"steps\": \"10\""))
                == "m.json:7: trained.steps: expected an integer, found \"10\"")
        #expect(F.decodeError(F.text(replacing: "\"shuffle\":true", with: "\"shuffle\":\"yes\""))
                == "m.json:6: config.shuffle: expected true or false, found \"yes\"")
    }

    @Test func numbersThatDoNotFitTheirFieldAreLocated() {
        #expect(F.decodeError(F.text(replacing: "\"steps\": 10", with: "\"steps\": 10.5"))
                == "m.json:7: trained.steps: expected an integer, found 10.5")
        #expect(F.decodeError(F.text(replacing: "\"batchSize\":10", with: "\"batchSize\":2.5"))
                == "m.json:6: config.batchSize: expected an integer, found 2.5")
        #expect(F.decodeError(F.text(replacing: "\"seed\":1", with: "\"seed\":-1"))
                == "m.json:6: config.seed: expected an integer of 0 or more, found -1")
        #expect(F.decodeError(F.text(replacing: "\"epochs\": 1", with: "\"epochs\": 99999999999999999999"))
                == "m.json:7: trained.epochs: 99999999999999999999 is too large")
    }

    /// In a saved file `version` comes last (sorted keys); the search for the misfit
    /// number once blamed it for every other field's misfit.
    @Test func misfitsAreLocatedWhenVersionComesLast() throws {
        let saved = try F.tinyModel().encoded()
        func error(_ old: String, _ new: String) -> String {
            precondition(saved.components(separatedBy: old).count == 2, "'\(old)' must occur once")
            return F.decodeError(saved.replacingOccurrences(of: old, with: new))
        }
        #expect(error("\"batchSize\" : 10", "\"batchSize\" : 10.5").hasSuffix(": config.batchSize: expected an integer, found 10.5"))
        #expect(error("\"seed\" : 1,", "\"seed\" : -1,").hasSuffix(": config.seed: expected an integer of 0 or more, found -1"))
        #expect(error("\"steps\" : 10", "\"steps\" : 10000000000000000000")
                .hasSuffix(": trained.steps: 10000000000000000000 is too large"))
        #expect(error("\"classes\" : 2", "\"classes\" : 2.5").hasSuffix(": problem.classification.classes: expected an integer, found 2.5"))
    }

    /// Counts that no later addition may overflow (the train command adds a run's
    /// steps and epochs to the loaded ones).
    @Test func countsNearIntMaxAreRefused() {
        #expect(F.decodeError(F.text(replacing: "\"steps\": 10", with: "\"steps\": 9223372036854775807"))
                == "m.json:7: trained.steps: expected 0 to 4503599627370496, found 9223372036854775807")
        #expect(F.decodeError(F.text(replacing: "\"epochs\": 1", with: "\"epochs\": 4503599627370497"))
                == "m.json:7: trained.epochs: expected 0 to 4503599627370496, found 4503599627370497")
    }

    // MARK: Unknown names

    @Test func unknownEnumValuesListTheValidOnes() {
        #expect(F.decodeError(F.text(replacing: "\"activation\":\"tanh\"", with: "\"activation\":\"relu6\""))
                == "m.json:6: config.activation: unknown value \"relu6\" (valid values: linear, sigmoid, tanh, relu, leaky-relu, elu, swish)")
        #expect(F.decodeError(F.text(replacing: "\"kind\":\"constant\"", with: "\"kind\":\"cosine\""))
                == "m.json:6: config.schedule.kind: unknown value \"cosine\" (valid values: constant, step, exponential)")
        #expect(F.decodeError(F.text(replacing: "\"features\":[\"x1\",\"x2\"]", with: "\"features\":[\"x1\",\"x3\"]"))
                == "m.json:6: config.features[1]: unknown value \"x3\" (valid values: x1, x2, x1sq, x2sq, x1x2, sin1, sin2)")
        #expect(F.decodeError(F.text(replacing: "{\"classification\": {\"classes\": 2}}", with: "{\"clustering\": {}}"))
                == "m.json:5: problem: expected an object with one key, classification or regression, found an object")
    }

    // MARK: Values

    @Test func nonFiniteNumbersAreRefused() {
        #expect(F.decodeError(F.text(replacing: "[[0.5, 1.5]", with: "[[0.5, 1e999]"))
                == "m.json:9: layers[0].weights[0][1]: 1e999 is too large (not a finite number)")
        #expect(F.decodeError(F.text(replacing: "[12.5]", with: "[NaN]"))
                == "m.json:12: layers[1].biases[0]: NaN is not a finite number")
        #expect(F.decodeError(F.text(replacing: "[12.5]", with: "[-Infinity]"))
                == "m.json:12: layers[1].biases[0]: -Infinity is not a finite number")
    }

    @Test func negativeCountsAreRefused() {
        #expect(F.decodeError(F.text(replacing: "\"steps\": 10", with: "\"steps\": -5"))
                == "m.json:7: trained.steps: expected 0 to 4503599627370496, found -5")
    }

    @Test func configMustPassValidation() {
        #expect(F.decodeError(F.text(replacing: "\"learningRate\":0.03", with: "\"learningRate\":0"))
                == "m.json:6: config: --lr must be a positive number")
        #expect(F.decodeError(F.text(replacing: "\"classes\": 2", with: "\"classes\": 3"))
                == "m.json:6: config: --output sigmoid is for two classes; this dataset has 3 (use softmax)")
    }

    @Test func readingAMissingFileSaysSo() {
        #expect(throws: InputError("no such file", path: "/nonexistent/m.json")) {
            try ModelFile.read("/nonexistent/m.json")
        }
    }
}
