/// Reading and writing a dataset configuration. `validationRatio` and `scale` came later than the
/// other fields: files written before it (committed sessions, saved models) have no
/// such key and read as 0, and a ratio of 0 (or no scaling) is not written, so those files and every
/// file written without a validation set stay byte for byte the same.
extension DatasetConfig {
    enum CodingKeys: String, CodingKey {
        case kind, csvPath, noise, testRatio, validationRatio, scale, count, classes, generation
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(kind: try c.decodeIfPresent(DatasetKind.self, forKey: .kind),
                  csvPath: try c.decodeIfPresent(String.self, forKey: .csvPath),
                  noise: try c.decode(Double.self, forKey: .noise),
                  testRatio: try c.decode(Double.self, forKey: .testRatio),
                  count: try c.decodeIfPresent(Int.self, forKey: .count),
                  classes: try c.decode(Int.self, forKey: .classes),
                  generation: try c.decode(Int.self, forKey: .generation),
                  validationRatio: try c.decodeIfPresent(Double.self, forKey: .validationRatio) ?? 0,
                  scale: try c.decodeIfPresent(InputScaling.self, forKey: .scale) ?? .none)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(kind, forKey: .kind)
        try c.encodeIfPresent(csvPath, forKey: .csvPath)
        try c.encode(noise, forKey: .noise)
        try c.encode(testRatio, forKey: .testRatio)
        if validationRatio != 0 { try c.encode(validationRatio, forKey: .validationRatio) }
        if scale != .none { try c.encode(scale, forKey: .scale) }
        try c.encodeIfPresent(count, forKey: .count)
        try c.encode(classes, forKey: .classes)
        try c.encode(generation, forKey: .generation)
    }
}
