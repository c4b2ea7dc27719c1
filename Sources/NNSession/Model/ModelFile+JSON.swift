import NNCore

extension ModelFile {
    /// The model as JSON text (pretty-printed, sorted keys, ending in a newline).
    /// Throws if any parameter is NaN or infinite: such a network has diverged and
    /// JSON could not hold it anyway.
    package func encoded() throws(InputError) -> String {
        guard layers.allSatisfy(\.isFinite) else {
            throw InputError("the network has diverged (NaN or infinite weights); not saving")
        }
        do {
            return try JSONOutput.encode(self)
        } catch {
            throw InputError("cannot save the model: \(error.message)")
        }
    }

    /// The model in `text`, read from `path` (which labels the errors). Rejects,
    /// with `path:line: message`, malformed JSON, another kind of file, a newer
    /// format version, missing keys, wrong types, unknown names, non-finite
    /// numbers, negative counts and a configuration that does not pass
    /// `TrainingConfig.validate(for:)`. Layer shapes are checked by `parameters(for:path:)`.
    package static func decode(_ text: String, path: String) throws(InputError) -> ModelFile {
        try checkHeader(text, path: path)
        let model = try JSONInput.decode(ModelFile.self, from: text, path: path)
        for (key, value) in [("steps", model.trained.steps), ("epochs", model.trained.epochs)]
        where !(0...TrainedCounts.maxCount).contains(value) {
            throw InputError("trained.\(key): expected 0 to \(TrainedCounts.maxCount), found \(value)", path: path,
                             line: JSONLocator.location(at: [.key("trained"), .key(key)], in: text)?.line)
        }
        do {
            try model.config.validate(for: model.problem)
        } catch {
            throw InputError("config: \(error.message)", path: path,
                             line: JSONLocator.location(at: [.key("config")], in: text)?.line)
        }
        return model
    }

    /// The model in the file at `path`.
    package static func read(_ path: String) throws(InputError) -> ModelFile {
        try decode(try TextFile.read(path), path: path)
    }

    /// Saves the model to `path` atomically (a temporary file, then a rename), so
    /// an existing model is either replaced whole or left as it was.
    package func write(to path: String) throws(InputError) {
        let text: String
        do {
            text = try encoded()
        } catch {
            throw InputError(error.message, path: path)
        }
        try TextFile.writeAtomically(text, to: path)
    }

    /// The two keys that say whether this is a model file nnplay can read, checked
    /// before anything else so that a session file or a newer model gets a message
    /// about that rather than about some key deep inside.
    private static func checkHeader(_ text: String, path: String) throws(InputError) {
        struct Header: Decodable {
            var format: String?
            var version: Int?
        }
        let header = try JSONInput.decode(Header.self, from: text, path: path)
        func line(_ key: String?) -> Int? {
            JSONLocator.location(at: key.map { [.key($0)] } ?? [], in: text)?.line
        }
        guard let format = header.format else {
            throw InputError("not an nnplay model file (it has no \"format\": \"\(Self.format)\")", path: path, line: line(nil))
        }
        guard format == Self.format else {
            throw InputError(wrongFormat(format), path: path, line: line("format"))
        }
        guard let version = header.version else {
            throw InputError("missing key \"version\"", path: path, line: line(nil))
        }
        if let problem = versionProblem(version) {
            throw InputError(version < 1 ? "version: \(problem)" : problem, path: path, line: line("version"))
        }
    }
}
