import NNCore

/// A race session replayed with no terminal and no threads: the race rebuilt from the
/// header and every command applied at its step through the same `RaceState.apply` the
/// engine ran, then trained on to the end step, where every variant's parameters must
/// hash to what was recorded.
package enum RaceSessionReplay {
    /// The race at the end of `session` (read from `path`). `afterEvent` sees the race
    /// after each command and at the end (with a line saying what happened), for frame
    /// dumps. Throws `FILE:LINE: desync at step K: …` when the replay computes anything
    /// else than the recording.
    package static func run(_ session: RaceSession, path: String,
                            afterEvent: (RaceState, String) -> Void = { _, _ in }) throws(InputError) -> RaceState {
        var race: RaceState
        do { race = try session.race() } catch { throw InputError(error.message, path: path, line: 1) }
        for (line, entry) in session.commands {
            do { try race.replay(entry.command, at: entry.step) } catch {
                throw InputError(error.message, path: path, line: line)
            }
            afterEvent(race, "step \(entry.step), line \(line): \(entry.command.kind)")
        }
        guard let (line, end) = session.end else {
            afterEvent(race, "step \(race.sessionStep): end of a cut-off recording")
            return race
        }
        guard race.advance(to: end.step) else {
            throw InputError("desync at step \(end.step): the race stopped at step \(race.sessionStep)", path: path, line: line)
        }
        let hashes = race.entrants.map { ParameterHash(parameters: $0.playground.trainer.network.parameters) }
        guard hashes == end.end else {
            let first = zip(race.entrants, zip(hashes, end.end)).first { $0.1.0 != $0.1.1 }
            let which = first.map { "variant '\($0.0.name)' has \($0.1.0), the recording \($0.1.1)" }
                ?? "the recording has \(end.end.count) variants, the replay \(hashes.count)"
            throw InputError("desync at step \(end.step): \(which)", path: path, line: line)
        }
        afterEvent(race, "step \(end.step), line \(line): end")
        return race
    }
}
