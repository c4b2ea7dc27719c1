/// Where a grid's pixels lie on the plane, and what each input feature looks like over
/// them: the geometry both the pictures (`PicturePainter`) and the heatmap's clicks
/// (which map a cell back to a point) rely on.
extension DecisionGrid {
    /// The domain point at the centre of pixel (x, y) of a `width`×`height` grid, row 0
    /// at the top (the same points a `DecisionGrid` of that size evaluates).
    package static func point(x: Int, y: Int, width: Int, height: Int,
                             domain: ClosedRange<Double> = DatasetGenerator.domain) -> (x1: Double, x2: Double) {
        let span = domain.upperBound - domain.lowerBound
        let x1 = domain.lowerBound + span * (Double(x) + 0.5) / Double(max(width, 1))
        let x2 = domain.upperBound - span * (Double(y) + 0.5) / Double(max(height, 1))
        return (x1, x2)
    }

    /// A feature's value at every pixel of `size` (row-major), rescaled from its smallest
    /// to its largest value onto [−1, 1] so that every feature shows its shape (all 0
    /// when it is constant): the thumbnail beside each input of the network diagram.
    package static func featureValues(_ feature: Feature, size: GridSize,
                                     domain: ClosedRange<Double> = DatasetGenerator.domain) -> [Double] {
        let width = max(0, size.width), height = max(0, size.height)
        var values: [Double] = []
        values.reserveCapacity(width * height)
        for y in 0..<height {
            for x in 0..<width {
                let p = point(x: x, y: y, width: width, height: height, domain: domain)
                values.append(feature.value(x1: p.x1, x2: p.x2))
            }
        }
        let low = values.min() ?? 0, high = values.max() ?? 0
        return values.map { high > low ? 2 * ($0 - low) / (high - low) - 1 : 0 }
    }
}
