import Foundation
import NNCore
import Testing
@testable import NNSession

/// `DecodingError.inputError` on its own, for callers that use JSONDecoder directly.
@Suite struct DecodingErrorInputErrorTests {
    static func convert<T: Decodable>(_ type: T.Type, _ text: String,
                                      vocabulary: JSONVocabulary = .nnplay) -> String {
        do {
            _ = try JSONDecoder().decode(T.self, from: Data(text.utf8))
            return "no error"
        } catch let error as DecodingError {
            return error.inputError(in: text, path: "f.json", vocabulary: vocabulary).description
        } catch {
            return "not a DecodingError: \(error)"
        }
    }

    @Test func customDataCorruptedMessagesAreKeptAndLocated() {
        let text = ModelFixtures.text(replacing: "\"nnplay-model\"", with: "\"nnplay-lesson\"")
        #expect(Self.convert(ModelFile.self, text)
                == "f.json:2: format: not an nnplay model file (format is \"nnplay-lesson\", expected \"nnplay-model\")")
        #expect(Self.convert(ModelFile.self, ModelFixtures.text(replacing: "\"version\": 1", with: "\"version\": 3"))
                == "f.json:3: version: written by a newer nnplay (model version 3; this nnplay reads up to 1)")
    }

    @Test func withoutAVocabularyTheValueIsStillNamed() {
        struct S: Decodable { var a: Activation }
        #expect(Self.convert(S.self, "{\"a\":\n \"relu6\"}", vocabulary: JSONVocabulary())
                == "f.json:2: a: unknown value \"relu6\"")
        #expect(Self.convert(S.self, "{\"a\":\n \"relu6\"}")
                == "f.json:2: a: unknown value \"relu6\" (valid values: linear, sigmoid, tanh, relu, leaky-relu, elu, swish)")
    }

    @Test func unlocatedNumberMisfitWithoutJSONInput() {
        struct S: Decodable { var n: Int }
        #expect(Self.convert(S.self, "{\"n\": 1.5}")
                == "f.json: a number does not fit its field (a fraction, a negative or a very large number where a whole number is expected)")
    }

    @Test func expectationsInWords() {
        let v = JSONVocabulary.nnplay
        #expect(v.expectation(for: Double.self) == "a number")
        #expect(v.expectation(for: UInt64.self) == "an integer")
        #expect(v.expectation(for: [[Double]].self) == "an array of arrays of numbers")
        #expect(v.expectation(for: [String].self) == "an array of strings")
        #expect(v.expectation(for: Double?.self) == "a number or null")
        #expect(v.expectation(for: [String: Int].self) == "an object")
        #expect(v.expectation(for: Problem.self) == "an object with one key, classification or regression")
        #expect(v.expectation(for: Activation.self).hasPrefix("one of \"linear\", \"sigmoid\""))
    }
}
