import Foundation
import NNCore
import NNSession
import Testing

/// The JSON form of commands: a `"kind"` discriminator plus the case's fields, round
/// trips exactly, and unknown kinds from newer files decode to something ignorable.
@Suite struct CommandCodingTests {
    private func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func command(_ text: String) throws -> Command {
        try JSONDecoder().decode(Command.self, from: Data(text.utf8))
    }

    @Test func simpleCommandsHaveOnlyTheirKind() throws {
        #expect(try json(Command.resetWeights) == #"{"kind":"resetWeights"}"#)
        #expect(try json(Command.regenerateData) == #"{"kind":"regenerateData"}"#)
        #expect(try json(Command.play) == #"{"kind":"play"}"#)
        #expect(try json(Command.pause) == #"{"kind":"pause"}"#)
        #expect(try json(Command.step) == #"{"kind":"step"}"#)
    }

    @Test func fieldsSitBesideTheKind() throws {
        #expect(try json(Command.addPoint(Sample(x1: 1.5, x2: -2, label: 1)))
                == #"{"kind":"addPoint","label":1,"x1":1.5,"x2":-2}"#)
        #expect(try json(Command.setSpeed(stepsPerSecond: 30)) == #"{"kind":"setSpeed","stepsPerSecond":30}"#)
        #expect(try json(Command.setSpeed(stepsPerSecond: nil)) == #"{"kind":"setSpeed"}"#)
        #expect(try json(Command.setPace(.epochsPerSecond(60))) == #"{"epochsPerSecond":60,"kind":"setPace"}"#)
        #expect(try json(Command.setPace(.stepsPerSecond(5))) == #"{"kind":"setPace","stepsPerSecond":5}"#)
        #expect(try json(Command.setPace(.max)) == #"{"kind":"setPace"}"#)
        #expect(try json(Command.setWeight(layer: 0, neuron: 2, input: 1, value: 0.5))
                == #"{"input":1,"kind":"setWeight","layer":0,"neuron":2,"value":0.5}"#)
        #expect(try json(Command.setWeight(layer: 1, neuron: 0, input: nil, value: -2)) == #"{"kind":"setWeight","layer":1,"neuron":0,"value":-2}"#)
        #expect(try command(#"{"kind":"setWeight","layer":1,"neuron":0,"value":-2}"#) == .setWeight(layer: 1, neuron: 0, input: nil, value: -2))
        #expect(try json(LoggedCommand(step: 12, command: .play)) == #"{"kind":"play","step":12}"#)
    }

    @Test func everyCommandRoundTrips() throws {
        var config = TrainingConfig(hiddenLayers: [3], optimizer: OptimizerConfig(kind: .adam, learningRate: 0.003))
        config.dataset.kind = .spiral
        config.clipNorm = 2.5
        let all: [Command] = [
            .configure(config), .resetWeights, .regenerateData, .addPoint(Sample(x1: 0.1, x2: -5.75, label: 0)),
            .play, .pause, .step, .setSpeed(stepsPerSecond: 7), .setSpeed(stepsPerSecond: nil), .unknown(kind: "later"),
            .setPace(.epochsPerSecond(60)), .setPace(.stepsPerSecond(1)), .setPace(.max),
        ]
        for original in all {
            let logged = LoggedCommand(step: 42, command: original)
            let decoded = try JSONDecoder().decode(LoggedCommand.self, from: Data(try json(logged).utf8))
            #expect(decoded == logged)
        }
    }

    @Test func unknownKindsDecodeToUnknownAndAreIgnored() throws {
        let decoded = try command(#"{"kind":"drawSmiley","size":3,"colour":"blue"}"#)
        #expect(decoded == .unknown(kind: "drawSmiley"))
        var state = try PlaygroundState(config: TrainingConfig())
        let before = state.snapshot()
        state.apply(decoded)
        let after = state.snapshot()
        #expect(after.version == before.version)
        #expect(after.network == before.network)
        #expect(state.lastRejection == nil)
    }

    @Test func malformedKnownCommandsAreErrors() {
        #expect(throws: DecodingError.self) { try command(#"{"x1":1}"#) }
        #expect(throws: DecodingError.self) { try command(#"{"kind":"configure"}"#) }
        #expect(throws: DecodingError.self) { try command(#"{"kind":"addPoint","x1":1,"x2":"two","label":0}"#) }
        #expect(throws: DecodingError.self) { try command(#"{"kind":"setSpeed","stepsPerSecond":1.5}"#) }
    }
}
