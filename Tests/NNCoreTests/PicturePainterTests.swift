import Testing
@testable import NNCore

/// The one function behind every picture of a network: the numbers of a direct grid
/// evaluation, painted again only when the network, its features or the sizes change.
@Suite struct PicturePainterTests {
    private static func network(seed: UInt64, features: Int = 3) -> Network {
        var random = RandomSource(seed: seed)
        return Network(layout: NetworkLayout(sizes: [features, 5, 3, 2]), activation: .tanh, output: .softmax,
                       initializer: .xavier, random: &random)
    }

    private static let features: [Feature] = [.x1, .x2Squared, .sinX1]
    private static let spec = PictureSpec(heatmap: GridSize(width: 11, height: 7),
                                          thumbnails: GridSize(width: 3, height: 5))

    @Test func picturesAreTheNumbersOfADirectEvaluation() {
        let network = Self.network(seed: 4)
        var painter = PicturePainter()
        let pictures = painter.pictures(of: network, features: Self.features, spec: Self.spec, version: 9)
        let heat = DecisionGrid(width: 11, height: 7, features: Self.features).evaluate(network)
        let thumbs = DecisionGrid(width: 3, height: 5, features: Self.features).evaluate(network, includeNeurons: true)
        #expect(pictures.version == 9 && pictures.spec == Self.spec && pictures.network == network)
        #expect(pictures.heatmap?.values == heat.values && pictures.heatmap?.outputCount == 2)
        #expect(pictures.neurons?.values == thumbs.values && pictures.neurons?.hidden == thumbs.hidden)
        #expect(pictures.featureThumbnails.count == Feature.allCases.count)
        // x1 over 3 columns: −4, 0, 4 rescaled onto −1, 0, 1 in every row.
        #expect(pictures.featureThumbnails[.x1]?.prefix(3) == [-1, 0, 1])
        #expect(DecisionGrid.featureValues(.x1Squared, size: GridSize(width: 4, height: 1)) == [1, -1, -1, 1])
    }

    @Test func theSameNetworkIsNotPaintedTwice() {
        var network = Self.network(seed: 4)
        var painter = PicturePainter()
        _ = painter.pictures(of: network, features: Self.features, spec: Self.spec, version: 1)
        let again = painter.pictures(of: network, features: Self.features, spec: Self.spec, version: 2)
        #expect(painter.paintings == 1 && again.version == 1, "nothing changed: the same pictures")
        network.parameters[0] += 0.5
        let changed = painter.pictures(of: network, features: Self.features, spec: Self.spec, version: 3)
        #expect(painter.paintings == 2 && changed.version == 3)
        let small = PictureSpec(heatmap: GridSize(width: 2, height: 2), thumbnails: nil)
        let resized = painter.pictures(of: network, features: Self.features, spec: small, version: 3)
        #expect(painter.paintings == 3 && resized.heatmap?.count == 4 && resized.neurons == nil)
        #expect(resized.featureThumbnails.isEmpty)
    }

    @Test func emptySizesAskForNothing() {
        let spec = PictureSpec(heatmap: GridSize(width: 0, height: 8), thumbnails: GridSize(width: 4, height: 0))
        #expect(spec == .none)
        var painter = PicturePainter()
        let pictures = painter.pictures(of: Self.network(seed: 1), features: Self.features, spec: spec, version: 0)
        #expect(pictures.heatmap == nil && pictures.neurons == nil)
    }
}
