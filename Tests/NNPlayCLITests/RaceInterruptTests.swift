import Foundation
import Testing

/// Ctrl-C during `nnplay race`: each variant is reported as far as it got, with
/// `"complete": false`, and the exit status is 130.
@Suite struct RaceInterruptTests {
    @Test func ctrlCReportsTheVariantsSoFar() throws {
        // The note comes after Ctrl-C is watched for.
        let (stopped, exited) = try CLIRunner.interrupted(
            ["race", "--dataset", "spiral", "--hidden", "8,8", "--epochs", "100000",
             "--variant", "optimizer=adam", "--variant", "optimizer=sgd", "--json"], afterNote: "note: racing")
        let errors = stopped.stderr
        #expect(exited)
        #expect(stopped.status == 130, "\(errors)")
        #expect(errors.contains("interrupted:"), "\(errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stopped.stdout.utf8)) as? [String: Any])
        #expect(json["complete"] as? Bool == false)
        let variants = try #require(json["variants"] as? [[String: Any]])
        #expect(variants.count == 2)
        for variant in variants {
            let epochs = try #require(variant["epochs"] as? Int)
            #expect(epochs > 0 && epochs < 100_000)
            #expect(variant["train_loss"] is Double)
        }
    }
}
