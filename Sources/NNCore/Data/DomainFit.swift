/// Fits imported points into the playground's square, since real data (iris petals
/// in centimetres, prices, ...) rarely lies in [−6, 6]² where the boundary is drawn.
package enum DomainFit {
    /// Maps each axis of the samples' bounding box affinely onto `target`:
    /// v ↦ lo + (v − min)/(max − min)·(hi − lo), so the smallest value lands on lo and
    /// the largest on hi exactly. An axis of zero width (all values equal) maps to the
    /// middle of `target` (0 for the default −5…5). Labels are unchanged; fewer than
    /// one sample gives back the input.
    package static func rescale(_ samples: [Sample], into target: ClosedRange<Double> = -5...5) -> [Sample] {
        guard let first = samples.first else { return samples }
        var low1 = first.x1, high1 = first.x1, low2 = first.x2, high2 = first.x2
        for s in samples {
            low1 = min(low1, s.x1); high1 = max(high1, s.x1)
            low2 = min(low2, s.x2); high2 = max(high2, s.x2)
        }
        let map1 = axisMap(low: low1, high: high1, onto: target)
        let map2 = axisMap(low: low2, high: high2, onto: target)
        return samples.map { Sample(x1: map1($0.x1), x2: map2($0.x2), label: $0.label) }
    }

    /// True when every point lies in `DatasetGenerator.domain` on both axes.
    package static func fitsDomain(_ samples: [Sample]) -> Bool {
        let d = DatasetGenerator.domain
        return samples.allSatisfy { d.contains($0.x1) && d.contains($0.x2) }
    }

    /// The affine map of [low, high] onto `target`, written as the blend
    /// (1 − t)·lo + t·hi so both ends land exactly.
    static func axisMap(low: Double, high: Double,
                        onto target: ClosedRange<Double>) -> @Sendable (Double) -> Double {
        let lo = target.lowerBound, hi = target.upperBound
        let width = high - low
        guard width > 0 else {
            let middle = lo + (hi - lo) / 2
            return { _ in middle }
        }
        guard width.isFinite else {
            // The axis spans more than the largest Double (−1.7e308…1.7e308): work in
            // halves, which cannot overflow (and would give the same t otherwise).
            let halfWidth = high / 2 - low / 2
            return { v in
                let t = (v / 2 - low / 2) / halfWidth
                return (1 - t) * lo + t * hi
            }
        }
        return { v in
            let t = (v - low) / width
            return (1 - t) * lo + t * hi
        }
    }
}
