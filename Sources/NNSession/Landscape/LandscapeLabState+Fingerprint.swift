import NNCore

extension LandscapeLabState {
    /// A hash of everything the race computed (`ParameterHash`'s FNV-1a over bit
    /// patterns): per method its iterations, evaluations, point, loss, and the path,
    /// losses and cloud it keeps. Two states with the same fingerprint drew the same
    /// picture bit for bit; a replay compares it with the recording's.
    package var fingerprint: ParameterHash {
        var words: [Double] = [Double(sessionStep), Double(iteration)]
        for track in tracks {
            let w = track.walker
            words += [Double(w.iterations), Double(w.evaluations)] + w.point + [w.loss]
            for entry in track.path.entries { words += [Double(entry.at)] + entry.value }
            words += track.losses.entries.map(\.value)
            for point in w.cloud { words += point }
        }
        return ParameterHash(parameters: words)
    }
}
