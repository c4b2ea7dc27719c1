import Foundation
import Testing

/// Every promised error: one line on stderr, nothing on stdout, the right exit status,
/// and no file at the `--save` path.
@Suite struct ErrorTests {
    /// One bad invocation. `$DIR` in an argument or message stands for a fresh folder
    /// holding `bad.csv` (malformed on line 3) and `bad.model` (not a model).
    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        /// The whole stderr line, or (`prefixOnly`) how it starts.
        var message: String
        var prefixOnly = false
        var status: Int32 = 64
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["--dataset", "nope"], message: "nnplay: error: unknown dataset 'nope' (built-in: circle, xor,",
             prefixOnly: true),
        Case(arguments: ["--lr", "-1"], message: "nnplay: error: --lr must be a positive number"),
        Case(arguments: ["--hidden", "8,0"], message: "nnplay: error: --hidden: each layer has 1 to 64 neurons (got 0)"),
        Case(arguments: ["--hidden", "1,2,3,4,5,6,7"], message: "nnplay: error: --hidden: at most 6 hidden layers (got 7)"),
        Case(arguments: ["--noise", "0.9"], message: "nnplay: error: --noise must be between 0 and 0.5"),
        Case(arguments: ["--dataset", "reg-plane", "--output", "softmax"],
             message: "nnplay: error: --output softmax is for classification; this dataset is regression (use linear or tanh)"),
        Case(arguments: ["--loss", "bce", "--output", "softmax"],
             message: "nnplay: error: loss bce needs --output sigmoid (it reads the output as a probability)"),
        Case(arguments: ["--data", "$DIR/missing.csv"], message: "nnplay: error: $DIR/missing.csv: no such file", status: 1),
        Case(arguments: ["--data", "$DIR/bad.csv"],
             message: #"nnplay: error: $DIR/bad.csv:3: expected 3 comma-separated numbers x1,x2,label, found 2 fields: "1,2""#,
             status: 1),
        Case(arguments: ["--load", "$DIR/bad.model"], message: "nnplay: error: $DIR/bad.model:", prefixOnly: true, status: 1),
        Case(arguments: ["--load", "$DIR/missing.model"], message: "nnplay: error: $DIR/missing.model: no such file", status: 1),
        Case(arguments: ["--activation", "sine"],
             message: "nnplay: error: The value 'sine' is invalid for '--activation <activation>'", prefixOnly: true),
        Case(arguments: ["--batch", "0"], message: "nnplay: error: --batch must be at least 1"),
        Case(arguments: ["--epochs", "-5"], message: "nnplay: error: --epochs must be 0 to 10000000"),
        Case(arguments: ["--learning-rate", "0.1"], message: "nnplay: error: Unknown option '--learning-rate'", prefixOnly: true),
        Case(arguments: ["--features", "x1,x3"],
             message: "nnplay: error: The value 'x1,x3' is invalid for '--features <list>': unknown feature 'x3'", prefixOnly: true),
        Case(arguments: ["--dataset", "xor", "--data", "$DIR/bad.csv"],
             message: "nnplay: error: give either --dataset or --data, not both"),
        Case(arguments: ["--dataset", "iris", "--noise", "0.1"],
             message: "nnplay: error: --noise applies to the built-in datasets, not to CSV data"),
        Case(arguments: ["--optimizer", "sgd", "--nesterov"], message: "nnplay: error: --nesterov needs --momentum above 0"),
    ]

    @Test(arguments: cases)
    func failsCleanly(_ c: Case) throws {
        let folder = try TemporaryFolder()
        try folder.write("bad.csv", "x1,x2,label\n1,2,0\n1,2\n3,4,1\n")
        try folder.write("bad.model", "this is not a model\n")
        let dir = folder.url.path
        var arguments = ["train"] + c.arguments.map { $0.replacingOccurrences(of: "$DIR", with: dir) }
        arguments += ["--save", folder.path("out.model")]
        if !c.arguments.contains("--epochs") { arguments += ["--epochs", "1"] }
        let result = try CLIRunner.run(arguments)
        let expected = c.message.replacingOccurrences(of: "$DIR", with: dir)

        #expect(result.status == c.status)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        let line = result.stderrLines.first ?? ""
        if c.prefixOnly {
            #expect(line.hasPrefix(expected), "\(line)")
        } else {
            #expect(line == expected)
        }
        #expect(folder.contents() == ["bad.csv", "bad.model"], "nothing written next to the inputs")
    }

    @Test func helpAndVersionStillExitCleanly() throws {
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
        let help = try CLIRunner.run(["train", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:"))
        #expect(help.stdout.contains("--activation <activation>"))
        #expect(help.stdout.contains("leaky-relu"))
        #expect(help.stderr.isEmpty)
        let root = try CLIRunner.run(["--help"])
        #expect(root.status == 0)
        #expect(root.stdout.contains("train"))
        #expect(root.stdout.contains("datasets"))
    }

    /// Flags cannot ask for unbounded work: a 10⁹-neuron layer is refused before anything is allocated.
    @Test func aBillionNeuronLayerIsRefused() throws {
        let result = try CLIRunner.run(["train", "--dataset", "xor", "--hidden", "1000000000", "--epochs", "1"])
        #expect(result.status == 64)
        #expect(result.stderrLines == ["nnplay: error: --hidden: each layer has 1 to 64 neurons (got 1000000000)"])
    }

    /// A failed run never truncates the model at --save: a refused data file, and a
    /// run that diverges, both leave it as it was (and no temporary file behind).
    @Test func aFailedSaveKeepsTheExistingModel() throws {
        let folder = try TemporaryFolder()
        let model = try folder.write("m.json", "an earlier model\n")
        let bad = try folder.write("bad.csv", "x1,x2,label\n0,0,1e300\n1,1,\u{0}\n")
        let refused = try CLIRunner.run(["train", "--data", bad, "--save", model, "--epochs", "1"])
        #expect(refused.status == 1)
        #expect(refused.stderrLines == ["nnplay: error: \(bad):3: contains a NUL byte: not a text file"])
        let diverged = try CLIRunner.run(["train", "--dataset", "circle", "--lr", "3", "--activation", "linear",
                                          "--save", model, "--epochs", "50"])
        #expect(diverged.status == 3)
        #expect(try String(contentsOfFile: model, encoding: .utf8) == "an earlier model\n")
        #expect(folder.contents() == ["bad.csv", "m.json"])
    }
}
