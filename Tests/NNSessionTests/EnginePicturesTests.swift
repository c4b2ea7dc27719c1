import Foundation
import NNCore
import NNSession
import Testing

/// The engine publishes the pictures of its network that a screen asks for: the same
/// numbers as evaluating the network directly, computed again only when the network or
/// the sizes change, and never written into the command log.
@Suite struct EnginePicturesTests {
    private static let config = TrainingConfig(features: [.x1, .x2, .sinX1], hiddenLayers: [4, 3])
    private static let spec = PictureSpec(heatmap: GridSize(width: 37, height: 22),
                                          thumbnails: GridSize(width: 6, height: 4))

    /// The problems found comparing `pictures` with `network` evaluated directly on grids of the spec's sizes.
    private func mismatches(_ pictures: NetworkPictures, _ network: Network, features: [Feature]) -> [String] {
        var found: [String] = []
        if pictures.network != network { found.append("another network") }
        if let size = pictures.spec.heatmap {
            let direct = DecisionGrid(width: size.width, height: size.height, features: features).evaluate(network)
            if pictures.heatmap?.values != direct.values { found.append("heatmap") }
        } else if pictures.heatmap != nil {
            found.append("a heatmap not asked for")
        }
        if let size = pictures.spec.thumbnails {
            let grid = DecisionGrid(width: size.width, height: size.height, features: features)
            let direct = grid.evaluate(network, includeNeurons: true)
            if pictures.neurons?.values != direct.values { found.append("output thumbnails") }
            if pictures.neurons?.hidden != direct.hidden { found.append("hidden thumbnails") }
            for feature in Feature.allCases
            where pictures.featureThumbnails[feature] != DecisionGrid.featureValues(feature, size: size) {
                found.append("thumbnail of \(feature)")
            }
        }
        return found
    }

    @Test func publishedPicturesEqualADirectEvaluation() throws {
        let engine = Engine(state: try PlaygroundState(config: Self.config))
        defer { engine.stop() }
        engine.requestPictures(PictureRequest(Self.spec))
        engine.send(.play)
        let playing = engine.waitForSnapshot { $0.sessionStep > 300 && $0.pictures != nil }
        let live = try #require(playing.pictures)
        #expect(live.spec == Self.spec && live.version <= playing.version)
        #expect(mismatches(live, live.network, features: Self.config.features).isEmpty, "pictures while training")
        engine.send(.pause)
        let paused = engine.waitForSnapshot { !$0.isPlaying }
        let pictures = try #require(paused.pictures)
        #expect(pictures.network == paused.network, "a paused screen shows the network itself")
        let found = mismatches(pictures, paused.network, features: Self.config.features)
        #expect(found.isEmpty, "\(found)")
        #expect(pictures.neurons?.hidden.count == 2 && pictures.featureThumbnails.count == Feature.allCases.count)
    }

    @Test func picturesAreComputedAgainOnlyWhenTheNetworkChanges() throws {
        let engine = Engine(state: try PlaygroundState(config: Self.config))
        defer { engine.stop() }
        engine.requestPictures(PictureRequest(Self.spec))
        let first = engine.waitForSnapshot { $0.pictures != nil }
        let painted = try #require(first.pictures)
        #expect(painted.version == first.version && first.sessionStep == 0)

        engine.requestPictures(PictureRequest(Self.spec))  // the same request again: nothing to do
        engine.send(.setSpeed(stepsPerSecond: 30))  // a new state version, the same parameters
        let slower = engine.waitForSnapshot { $0.stepsPerSecond == 30 }
        #expect(slower.version > first.version)
        #expect(slower.pictures?.version == painted.version, "the same network: the same pictures")

        engine.send(.step)
        let stepped = engine.waitForSnapshot { $0.sessionStep == 1 }
        let fresh = try #require(stepped.pictures)
        #expect(fresh.version == stepped.version && fresh.network == stepped.network)
        #expect(mismatches(fresh, stepped.network, features: Self.config.features).isEmpty)

        let smaller = PictureSpec(heatmap: GridSize(width: 10, height: 8), thumbnails: nil)
        engine.requestPictures(PictureRequest(smaller))  // answered at once, although paused
        let resized = engine.waitForSnapshot { $0.pictures?.spec == smaller }
        #expect(resized.version == stepped.version, "asking for pictures changes nothing in the state")
        #expect(resized.pictures?.neurons == nil && resized.pictures?.heatmap?.count == 80)
        #expect(mismatches(try #require(resized.pictures), stepped.network, features: Self.config.features).isEmpty)
    }

    @Test func whileTrainingPicturesFollowTheRequestedInterval() throws {
        let engine = Engine(state: try PlaygroundState(config: Self.config))
        defer { engine.stop() }
        engine.requestPictures(PictureRequest(Self.spec, interval: .milliseconds(100)))
        engine.send(.play)
        _ = engine.waitForSnapshot { $0.sessionStep > 0 && $0.pictures != nil }
        var snapshots = Set<Int>(), pictures = Set<Int>()
        let clock = ContinuousClock(), end = clock.now + .milliseconds(500)
        while clock.now < end {
            let snapshot = engine.latestSnapshot()
            snapshots.insert(snapshot.version)
            if let version = snapshot.pictures?.version { pictures.insert(version) }
            Thread.sleep(forTimeInterval: 0.001)
        }
        // Snapshots go out every 5 ms, pictures at most every 100 ms (a slow machine may skip some).
        #expect(pictures.count <= 7, "\(pictures.count) pictures in half a second")
        #expect(snapshots.count > pictures.count)
    }

    @Test func requestsAreNotCommandsAndNotLogged() throws {
        let engine = Engine(state: try PlaygroundState(config: Self.config))
        defer { engine.stop() }
        engine.requestPictures(PictureRequest(Self.spec))
        engine.send(.step)
        engine.requestPictures(PictureRequest(PictureSpec(heatmap: GridSize(width: 5, height: 5), thumbnails: nil)))
        engine.send(.step)
        engine.requestPictures(PictureRequest(.none))
        _ = engine.waitForSnapshot { $0.sessionStep == 2 && $0.pictures?.spec == PictureSpec.none }
        #expect(engine.commandLog() == [LoggedCommand(step: 0, command: .step), LoggedCommand(step: 1, command: .step)])
    }
}
