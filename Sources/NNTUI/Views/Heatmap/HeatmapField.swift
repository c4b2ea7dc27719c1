import NNCore

/// A grid of heat pixels over the domain, row 0 at the top (x2 = +6), column 0 at the
/// left (x1 = −6): a decision boundary, a neuron's output, or a feature's value.
package struct HeatmapField: Equatable, Sendable {
    /// Pixels across (one per cell column).
    package let width: Int
    /// Pixels down (two per cell row with half blocks).
    package let height: Int
    /// 2 for a signed two-hue scale; K for K classes.
    package let hues: Int
    /// Row-major pixels: (x, y) at `pixels[y * width + x]`.
    package private(set) var pixels: [HeatPixel]

    package init(width: Int, height: Int, hues: Int = 2, pixels: [HeatPixel]) {
        precondition(pixels.count == max(0, width) * max(0, height), "pixel count does not match the size")
        self.width = max(0, width)
        self.height = max(0, height)
        self.hues = max(2, hues)
        self.pixels = pixels
    }

    /// A field of one repeated pixel (neutral by default), e.g. before the first frame.
    package init(width: Int, height: Int, hues: Int = 2, fill: HeatPixel = .neutral) {
        self.init(width: width, height: height, hues: hues,
                  pixels: [HeatPixel](repeating: fill, count: max(0, width) * max(0, height)))
    }

    /// A two-hue field from signed values in [−1, 1], row-major.
    package init(width: Int, height: Int, signedValues: [Double]) {
        self.init(width: width, height: height, hues: 2, pixels: signedValues.map { HeatPixel(signed: $0) })
    }

    package var isEmpty: Bool { width == 0 || height == 0 }

    /// The pixel at column x, row y (clamped to the field; neutral when empty).
    package subscript(x: Int, y: Int) -> HeatPixel {
        guard !isEmpty else { return .neutral }
        return pixels[min(max(y, 0), height - 1) * width + min(max(x, 0), width - 1)]
    }

    /// The pixel under fractional position (u, v) in [0, 1]² (u across, v down).
    package func sample(u: Double, v: Double) -> HeatPixel {
        guard !isEmpty else { return .neutral }
        let x = Int((u * Double(width)).rounded(.down)), y = Int((v * Double(height)).rounded(.down))
        return self[x, y]
    }

    /// The field at another size, nearest pixel (for a frame drawn before a fresh grid is ready).
    package func resampled(width w: Int, height h: Int) -> HeatmapField {
        if w == width && h == height { return self }
        var out: [HeatPixel] = []
        out.reserveCapacity(max(0, w) * max(0, h))
        for y in 0..<max(0, h) {
            for x in 0..<max(0, w) {
                out.append(sample(u: (Double(x) + 0.5) / Double(w), v: (Double(y) + 0.5) / Double(h)))
            }
        }
        return HeatmapField(width: w, height: h, hues: hues, pixels: out)
    }

    /// Every pixel at full strength: hard class regions ("discretize output").
    package var discretized: HeatmapField {
        HeatmapField(width: width, height: height, hues: hues, pixels: pixels.map(\.discretized))
    }

    /// A two-hue field's hard regions at a threshold on P(class 1) = (v + 1) / 2 of the
    /// signed value v: class 1 where the one rule of `DecisionThreshold` calls P class 1
    /// (as every figure calls points), class 0 elsewhere. Other fields as `discretized`.
    package func discretized(threshold: Double) -> HeatmapField {
        guard hues == 2 else { return discretized }
        return HeatmapField(width: width, height: height, hues: hues, pixels: pixels.map {
            let score = ($0.signedValue + 1) / 2
            return HeatPixel(hue: DecisionThreshold.isClassOne(score: score, threshold: threshold) ? 1 : 0, strength: 1)
        })
    }

    /// The mean signed value of a two-hue field (a neuron's overall tendency); 0 when empty.
    package var meanSignedValue: Double {
        pixels.isEmpty ? 0 : pixels.reduce(0) { $0 + $1.signedValue } / Double(pixels.count)
    }
}
