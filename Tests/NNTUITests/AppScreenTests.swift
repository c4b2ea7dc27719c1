import NNCore
import NNSession
import Testing
@testable import NNTUI

/// Whole frames of the app, drawn by the memory backend from a real snapshot.
@Suite struct AppScreenTests {
    func text(_ state: AppState, _ snapshot: Snapshot, size: Size, tier: ColourTier = .ansi256) -> String {
        var backend = MemoryBackend(size: size, tier: tier)
        backend.present(AppFixture.frame(state, snapshot: snapshot, size: size, tier: tier).canvas)
        return backend.text
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)])
    func theFrameShowsEveryPart(_ size: Size) throws {
        let snapshot = try AppFixture.snapshot(steps: 250)
        let screen = text(AppFixture.state(), snapshot, size: size)
        for part in ["nnplay", "paused", "epoch 10", "controls", "learning rate", "network", "output", "loss",
                     "space play/pause"] {
            #expect(screen.contains(part), "\(part) at \(size)")
        }
    }

    @Test func tooSmallSaysWhatItNeeds() throws {
        let screen = text(AppFixture.state(), try AppFixture.snapshot(), size: Size(width: 60, height: 20))
        #expect(screen.contains("terminal too small: need 80×24"))
    }

    @Test func noteAndQuestionTakeTheBottomRow() throws {
        let snapshot = try AppFixture.snapshot()
        var state = AppFixture.state()
        state.message = "speed: 100 steps/s"
        let size = Size(width: 120, height: 40)
        let lines = text(state, snapshot, size: size).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[39].contains("● speed: 100 steps/s"))
        #expect(lines[39].contains("Esc dismisses"))
        state.confirmation = Confirmation(question: "New data drops the point you added. Go on?", config: TrainingConfig(),
                                          commands: [.regenerateData])
        let frame = AppFixture.frame(state, snapshot: snapshot, size: size)
        #expect(frame.hits.isEmpty, "nothing else can be clicked while asking")
        var backend = MemoryBackend(size: size, tier: .ansi256)
        backend.present(frame.canvas)
        let bottom = backend.text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(bottom.contains("? New data drops the point you added. Go on?"))
        #expect(bottom.hasSuffix("y yes   n no"))
    }

    @Test func helpListsEveryKey() throws {
        var state = AppFixture.state()
        state.showHelp = true
        let screen = text(state, try AppFixture.snapshot(), size: Size(width: 80, height: 24))
        for binding in AppKeys.bindings {
            #expect(screen.contains(binding.action), "\(binding.keys)")
        }
    }

    @Test func statusShowsRunningDivergedAndSpeeds() throws {
        let snapshot = try AppFixture.snapshot(steps: 25)
        let model = PlaygroundScreen.model(state: AppFixture.state(), snapshot: snapshot, fields: NetworkFields(),
                                           framesPerSecond: 42)
        #expect(model.status.epoch == 1 && model.status.step == 25)
        #expect(model.status.framesPerSecond == 42)
        #expect(model.status.trainAccuracy != nil)
        #expect(model.keys == AppKeys.bindings)
    }

    @Test func fieldsAreMappedOncePerPicturesAndSize() throws {
        let snapshot = try AppFixture.snapshot()
        var fields = NetworkFields(), painter = PicturePainter()
        let layout = Layout.make(for: Size(width: 120, height: 40))
        let blank = fields.update(snapshot, layout: layout)
        #expect(blank && !fields.isCurrent && fields.heatmap.isEmpty, "no pictures yet: blank, and waiting for them")
        #expect(fields.wanted.heatmap != nil && fields.wanted.thumbnails != nil)
        let painted = snapshot.painted(fields.wanted, by: &painter)
        let first = fields.update(painted, layout: layout)
        #expect(first && fields.isCurrent && !fields.heatmap.isEmpty)
        let again = fields.update(painted, layout: layout)
        #expect(!again, "same snapshot, same pictures, same size: nothing to map")
        let resized = fields.update(painted, layout: Layout.make(for: Size(width: 100, height: 30)))
        #expect(resized && !fields.isCurrent && !fields.heatmap.isEmpty, "the old pictures, stretched, until new ones come")
        let tiny = fields.update(painted, layout: Layout.make(for: Size(width: 10, height: 5)))
        #expect(!tiny && fields.isCurrent && fields.wanted == .none, "too small to show anything")
        #expect(fields.network.layers.count == 3)
    }

    @Test func picturesOfAnotherShapeLeaveTheNeuronsPlain() throws {
        let layout = Layout.make(for: Size(width: 120, height: 40))
        let old = try AppFixture.snapshot()
        var painter = PicturePainter()
        let pictures = try #require(old.painted(NetworkFields.pictureSpec(for: old, layout: layout), by: &painter).pictures)
        let wider = try AppFixture.snapshot(AppFixture.config { $0.hiddenLayers = [5, 3] }).with(pictures)
        var fields = NetworkFields()
        fields.update(wider, layout: layout)
        #expect(fields.network.layers.map(\.count) == [5, 3, 1])
        #expect(fields.network.layers.joined().allSatisfy { $0.thumbnail == nil }, "no thumbnails of the old shape")
        #expect(fields.network.inputs.allSatisfy { $0.thumbnail != nil }, "the features look the same whatever the network")
        #expect(!fields.heatmap.isEmpty, "the old boundary until the new one comes")
    }

    @Test func regressionHeatmapSpansTheLabels() throws {
        let config = AppFixture.config { $0.dataset.kind = .regPlane; $0.output = .linear; $0.loss = .meanSquaredError }
        var fields = NetworkFields()
        fields.update(try AppFixture.snapshot(config), layout: Layout.make(for: Size(width: 120, height: 40)))
        #expect(fields.valueRange.lowerBound < -1 && fields.valueRange.upperBound > 1)
    }

    @Test func frameClockCountsTheLastSecond() {
        var clock = FrameClock()
        #expect(clock.framesPerSecond(at: 5_000_000_000) == 0)
        for i in 0..<100 { clock.framePresented(at: 5_000_000_000 + UInt64(i) * 20_000_000) }
        #expect(clock.frames == 100)
        #expect(abs(clock.framesPerSecond(at: 7_000_000_000) - 50) <= 1)
        var young = FrameClock()
        for i in 0..<5 { young.framePresented(at: 1_000_000_000 + UInt64(i) * 25_000_000) }
        #expect(young.framesPerSecond(at: 1_100_000_000) == 40)
    }
}
