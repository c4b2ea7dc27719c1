import NNCore
import NNSession

/// The variants' decision boundaries as heat pixels, mapped from the grids the engine
/// published with the race's snapshot (nothing is evaluated here: the UI thread only
/// draws), and the picture size to ask the engine for: one size for every variant.
/// A variant's field is mapped again only when its pictures or the colour scale changed.
package struct RaceFields: Sendable {
    private struct Key: Equatable {
        var pictures: Int
        var spec: PictureSpec
        var range: ClosedRange<Double>
        var problem: Problem
    }

    private var fields: [Int: (key: Key, field: HeatmapField)] = [:]
    private var rangeDataVersion = -1
    /// For regression: the label values drawn as full orange and full blue.
    package private(set) var valueRange: ClosedRange<Double> = -1...1
    /// The pictures the layout draws: what to ask the engine for.
    package private(set) var wanted = PictureSpec.none
    /// Whether every variant's pictures have the sizes `wanted` (false while waiting).
    package private(set) var isCurrent = true

    package init() {}

    /// The field of the variant with `id` (empty before its first pictures).
    package func field(_ id: Int) -> HeatmapField {
        fields[id]?.field ?? HeatmapField(width: 0, height: 0)
    }

    /// Brings the fields up to date with `snapshot` on `layout`.
    package mutating func update(_ snapshot: RaceSnapshot, layout: RaceLayout?) {
        guard let layout, let box = layout.heatmaps.first else {
            wanted = .none
            isCurrent = true
            return
        }
        let pixels = HeatmapView.fieldSize(in: box)
        wanted = pixels.width > 0 ? PictureSpec(heatmap: GridSize(width: pixels.width, height: pixels.height),
                                                thumbnails: nil) : .none
        isCurrent = snapshot.variants.allSatisfy { wanted == .none || $0.snapshot.pictures?.spec == wanted }
        if let first = snapshot.variants.first?.snapshot, first.dataVersion != rangeDataVersion {
            rangeDataVersion = first.dataVersion
            valueRange = NetworkFields.labelRange(first.trainSamples + first.testSamples)
        }
        let ids = Set(snapshot.variants.map(\.id))
        fields = fields.filter { ids.contains($0.key) }
        for variant in snapshot.variants {
            let s = variant.snapshot
            guard let pictures = s.pictures, let outputs = pictures.heatmap, let size = pictures.spec.heatmap else {
                fields[variant.id] = nil
                continue
            }
            let key = Key(pictures: pictures.version, spec: pictures.spec, range: valueRange, problem: s.problem)
            if fields[variant.id]?.key == key { continue }
            fields[variant.id] = (key, HeatmapField(boundary: outputs, size: size, head: pictures.network.output,
                                                    problem: s.problem, valueRange: valueRange))
        }
    }
}
