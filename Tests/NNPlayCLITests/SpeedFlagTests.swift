import Foundation
import Testing

/// `--speed` of the commands that open the playground: each form of a pace parses (the
/// run then stops only for want of a terminal), and a bad one is one clear line, exit 64.
@Suite struct SpeedFlagTests {
    @Test(arguments: ["max", "60", "30epochs", "1step", "5steps", "5 steps/s", "2500 ep/s"])
    func everyFormOfAPaceParses(_ pace: String) throws {
        let result = try CLIRunner.run(["play", "--speed", pace])
        #expect(result.status == 69, "\(result.stderr)")
        #expect(result.stderr.contains("needs a terminal"), "\(result.stderr)")
    }

    @Test(arguments: [
        ("fast", "nnplay: error: --speed: not a pace: 'fast' (expected a number of epochs per second (60), steps per second (1step, 5steps) or max)"),
        ("0", "nnplay: error: --speed: a pace must be 1 to 100,000 epochs per second (got 0)"),
        ("0steps", "nnplay: error: --speed: a pace must be 1 to 1,000,000 steps per second (got 0)"),
        ("1.5", "nnplay: error: --speed: not a pace: '1.5' (expected a number of epochs per second (60), steps per second (1step, 5steps) or max)"),
    ])
    func aBadPaceIsOneLineAndExit64(_ pace: String, _ message: String) throws {
        for command in [["play"], ["lesson", "learning-rate"], []] {
            let result = try CLIRunner.run(command + ["--speed", pace])
            #expect(result.status == 64, "\(command)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderrLines == [message], "\(command)")
        }
    }

    @Test func helpExplainsThePace() throws {
        let help = try CLIRunner.run(["play", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--speed <pace>"))
        #expect(help.stdout.contains("1step, 5steps"))
        #expect(help.stdout.contains("(default 60 epochs/s,"))
    }
}
