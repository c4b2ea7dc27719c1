import Testing
import NNCore
@testable import NNSession

/// `JSONInput` locates what JSONDecoder leaves unlocated: a well-formed number
/// that does not fit its Swift type.
@Suite struct JSONInputTests {
    struct Sample: Decodable {
        var xs: [Double]
        var n: Int
        var seed: UInt64
        var ys: [Double]
    }

    static func error(_ text: String) -> String {
        do {
            _ = try JSONInput.decode(Sample.self, from: text, path: "s.json")
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func fractionForAnIntegerAmongManyDoubles() {
        let xs = (0..<50).map { "\(Double($0) + 0.25)" }.joined(separator: ",\n")
        #expect(Self.error("{\"xs\": [\(xs)],\n\"n\": 3.5,\n\"seed\": 1, \"ys\": [0.5, 1.5]}")
                == "s.json:51: n: expected an integer, found 3.5")
        #expect(Self.error("{\"xs\": [\(xs)],\n\"n\": 3,\n\"seed\": 1.5, \"ys\": [0.5, 1.5]}")
                == "s.json:52: seed: expected an integer, found 1.5")
        #expect(Self.error("{\"xs\": [\(xs)],\n\"n\": 3,\n\"seed\": 1, \"ys\": [0.5, 1.5]}") == "no error")
    }

    @Test func firstOfSeveralMisfitsInFileOrder() {
        #expect(Self.error("{\"xs\": [],\n\"n\": 2.5,\n\"seed\": -3, \"ys\": []}")
                == "s.json:2: n: expected an integer, found 2.5")
        #expect(Self.error("{\"xs\": [],\n\"n\": 2,\n\"seed\": -3, \"ys\": []}")
                == "s.json:3: seed: expected an integer of 0 or more, found -3")
        #expect(Self.error("{\"xs\": [], \"seed\": 18446744073709551616, \"n\": 2, \"ys\": []}")
                == "s.json:1: seed: 18446744073709551616 is too large")
    }

    @Test func otherErrorsKeepTheirOwnMessages() {
        #expect(Self.error("{\"xs\": [1], \"n\": 2, \"seed\": 3}") == "s.json:1: missing key \"ys\"")
        #expect(Self.error("{\"xs\": [1], \"n\": 2, \"seed\": 3, \"ys\": [1]}]")
                == "s.json:1: invalid JSON: unexpected ']' after the end of the JSON value")
    }
}
