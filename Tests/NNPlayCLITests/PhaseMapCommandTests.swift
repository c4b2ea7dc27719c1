import Foundation
import Testing

/// `nnplay landscape --phase-map`: the documented JSON object, the same map on one and
/// two threads, and refused combinations.
@Suite struct PhaseMapCommandTests {
    @Test func theJSONObjectAsDocumented() throws {
        let result = try CLIRunner.run(["landscape", "--phase-map", "--function", "ravine", "--condition", "50",
                                        "--columns", "12", "--rows", "6", "--threads", "2", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 1)
        let json = try result.json()
        let rates = try #require(json["learning_rates"] as? [Double])
        let momenta = try #require(json["momenta"] as? [Double])
        #expect(rates.count == 12 && momenta.count == 6)
        #expect(abs(rates[0] - 0.01 / 50) < 1e-15 && abs(rates[11] - 4.0 / 50) < 1e-15)
        #expect(momenta.first == 0 && abs(momenta.last! - 0.98) < 1e-15)
        let iterations = try #require(json["iterations"] as? [[Any]])
        let diverged = try #require(json["diverged"] as? [[Bool]])
        let edge = try #require(json["stability_edge"] as? [Double])
        #expect(iterations.count == 6 && iterations.allSatisfy { $0.count == 12 } && diverged.count == 6)
        for r in 0..<6 {
            #expect(abs(edge[r] - 2 * (1 + momenta[r]) / 50) < 1e-15)
            for c in 0..<12 {
                // A diverged cell has no iteration count; past the edge every cell diverged.
                if diverged[r][c] { #expect(iterations[r][c] is NSNull) }
                if rates[c] > edge[r] * 1.05 { #expect(diverged[r][c], "row \(r) column \(c)") }
            }
        }
        let fastest = try #require(json["fastest"] as? [String: Any])
        #expect(fastest["iterations"] is Int && fastest["learning_rate"] is Double && fastest["momentum"] is Double)
        for key in ["function", "condition", "method", "start", "tolerance", "max_iterations"] {
            #expect(json.keys.contains(key), "missing key \(key)")
        }
        let one = try CLIRunner.run(["landscape", "--phase-map", "--function", "ravine", "--condition", "50",
                                     "--columns", "12", "--rows", "6", "--threads", "1", "--json"])
        #expect(one.stdout == result.stdout)
    }

    @Test(arguments: [
        (["--phase-map", "--function", "rosenbrock"], "--phase-map maps the ravine: add --function ravine"),
        (["--phase-map", "--function", "ravine", "--method", "adam"], "--phase-map maps --method momentum"),
        (["--phase-map", "--function", "ravine", "--lr", "0.1"], "--phase-map chooses the learning rates"),
        (["--phase-map", "--function", "ravine", "--rows", "1"], "--columns and --rows must be 2 to 200"),
        (["--function", "ravine", "--columns", "10"], "--columns is for --phase-map"),
    ])
    func badFlagsAreRefused(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(["landscape"] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
