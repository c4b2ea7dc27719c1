import NNCore
import Testing
@testable import NNTUI

@Suite struct ViewTests {
    @Test func decisionGridSamplesPixelCentresTopDown() {
        let grid = DecisionGrid(width: 4, height: 2, features: [.x1, .x2, .x1Squared])
        #expect(grid.inputs.count == 8)
        #expect(DecisionGrid.point(x: 0, y: 0, width: 4, height: 2) == (-4.5, 3))
        #expect(DecisionGrid.point(x: 3, y: 1, width: 4, height: 2) == (4.5, -3))
        #expect(grid.inputs.values[0] == -4.5 && grid.inputs.values[8] == 3 && grid.inputs.values[16] == 20.25)
        #expect(grid.features == [.x1, .x2, .x1Squared])
    }

    @Test func outputsBecomeHeatPixels() throws {
        let layout = NetworkLayout(sizes: [2, 1])
        // ŷ = sigmoid(x1): negative on the left (class 0, orange), positive on the right.
        let network = Network(layout: layout, activation: .tanh, output: .sigmoid, parameters: [1, 0, 0])
        let grid = DecisionGrid(width: 4, height: 2, features: [.x1, .x2])
        let outputs = NetworkOutputs(network: network, inputs: grid.inputs, problem: .classification(classes: 2), loss: nil)
        let size = GridSize(width: 4, height: 2)
        let field = HeatmapField(boundary: outputs, size: size, head: .sigmoid, problem: .classification(classes: 2))
        #expect(field.hues == 2 && field[0, 0].hue == 0 && field[3, 1].hue == 1)
        #expect(field[0, 0].strength > 0.97 && field[1, 0].strength < field[0, 0].strength)
        let regression = HeatmapField(boundary: outputs, size: size, head: .linear, problem: .regression,
                                      valueRange: 0...1)
        #expect(regression[3, 0].hue == 1)
        let features = HeatmapField(width: 4, height: 2, signedValues: DecisionGrid.featureValues(.x1Squared, size: size))
        #expect(features[0, 0] == HeatPixel(signed: 1) && features[1, 0] == HeatPixel(signed: -1))
    }

    @Test func softmaxFieldsShowTheWinningClass() throws {
        let layout = NetworkLayout(sizes: [2, 3])
        // z = (−x1, x1, 0): class 0 on the left, class 1 on the right, class 2 never wins.
        let network = Network(layout: layout, activation: .tanh, output: .softmax,
                              parameters: [-1, 0, 1, 0, 0, 0, 0, 0, 0])
        let grid = DecisionGrid(width: 2, height: 1, features: [.x1, .x2])
        let outputs = NetworkOutputs(network: network, inputs: grid.inputs, problem: .classification(classes: 3), loss: nil)
        let size = GridSize(width: 2, height: 1)
        let field = HeatmapField(boundary: outputs, size: size, head: .softmax, problem: .classification(classes: 3))
        #expect(field.hues == 3 && field[0, 0].hue == 0 && field[1, 0].hue == 1 && field[0, 0].strength > 0.9)
        let perNeuron = HeatmapField.outputNeurons(outputs, size: size, head: .softmax,
                                                   problem: .classification(classes: 3))
        #expect(perNeuron.count == 3 && perNeuron[2][0, 0].hue == 2)
    }

    @Test func pointsLandInTheirCellsAndClicksMapBack() {
        let rect = Rect(x: 0, y: 0, width: HeatmapView.boxSize(plotRows: 5).width,
                        height: HeatmapView.boxSize(plotRows: 5).height)
        let plot = HeatmapView.plotRect(in: rect)
        #expect(plot == Rect(x: 3, y: 1, width: 10, height: 5))
        let model = HeatmapModel(field: HeatmapField(width: 10, height: 10), problem: .classification(classes: 2),
                                 train: [Sample(x1: -6, x2: 6, label: 0), Sample(x1: 6, x2: -6, label: 1)],
                                 test: [Sample(x1: 0.1, x2: 0.1, label: 1)], showTest: true)
        var canvas = Canvas(size: rect.size)
        let hits = HeatmapView.draw(model, in: rect, palette: Palette(tier: .ansi256), canvas: &canvas)
        #expect(canvas[3, 1].character == "●" && canvas[3, 1].foreground == .classHue(0))
        #expect(canvas[12, 5].character == "◆" && canvas[12, 5].foreground == .classHue(1))
        #expect(canvas[8, 3].character == "◇" && canvas[8, 3].attributes == [])
        #expect(hits == [HitRegion(rect: plot, target: .heatmap)])
        #expect(canvas.text(row: 1).hasPrefix("│ 6"))
        #expect(canvas.text(row: 6) == "│  -6   0   6│")
        let corner = HeatmapView.domainPoint(column: 3, row: 1, in: rect)
        #expect(corner?.x1 == -5.4 && corner?.x2 == 4.8)
        #expect(HeatmapView.domainPoint(column: 2, row: 1, in: rect) == nil)
    }

    @Test func lossScales() throws {
        let linear = try #require(LossScale(values: [0.5, .nan, 2, .infinity], logarithmic: false))
        #expect(linear.lower == 0 && linear.upper == 2)
        #expect(linear.dotRow(2, dotRows: 9) == 0 && linear.dotRow(0, dotRows: 9) == 8 && linear.dotRow(1, dotRows: 9) == 4)
        let log = try #require(LossScale(values: [0.01, 1, 0], logarithmic: true))
        #expect(log.lower == 0.01 && log.upper == 1 && log.dotRow(0.1, dotRows: 9) == 4 && log.dotRow(0, dotRows: 9) == nil)
        #expect(LossScale(values: [.nan], logarithmic: false) == nil)
    }

    @Test func controlsScrollToKeepTheFocusInView() {
        #expect(ControlsPanel.firstVisible(count: 10, focused: 9, rows: 20) == 0)
        #expect(ControlsPanel.firstVisible(count: 30, focused: 0, rows: 10) == 0)
        #expect(ControlsPanel.firstVisible(count: 30, focused: 15, rows: 10) == 10)
        #expect(ControlsPanel.firstVisible(count: 30, focused: 29, rows: 10) == 20)
        let items = (0..<30).map { ControlItem(label: "item \($0)", value: "\($0)") }
        var canvas = Canvas(width: 24, height: 12)
        let hits = ControlsPanel.draw(ControlsModel(items: items, focused: 29), in: canvas.bounds, canvas: &canvas)
        #expect(hits.count == 10 && hits.last == HitRegion(rect: Rect(x: 1, y: 10, width: 22, height: 1), target: .control(29)))
        #expect(canvas.text(row: 10).contains("‹ 29 ›") && canvas[23, 1].character == "▲")
    }

    @Test func theEditorShowsTheCursorAndTheProblem() {
        let items = [ControlItem(label: "rate", value: "0.03"), ControlItem(label: "seed", value: "1")]
        var canvas = Canvas(width: 30, height: 4)
        ControlsPanel.draw(ControlsModel(items: items, focused: 0, editing: TextEdit(text: "0.3x", cursor: 3,
                                                                                       problem: "not a number")),
                           in: canvas.bounds, canvas: &canvas)
        let row = canvas.text(row: 1)
        #expect(row.hasPrefix("│▸rate   0.3x ") && row.hasSuffix(" not a number│"))
        #expect(canvas[12, 1].attributes.contains(.reverse) && canvas[12, 1].character == "x")
        #expect(canvas[20, 1].foreground == .warning && canvas[8, 1].background == .semantic(.editBackground))
        var narrow = Canvas(width: 20, height: 4)
        ControlsPanel.draw(ControlsModel(items: items, focused: 0, editing: TextEdit(text: "7", problem: "too big")),
                           in: narrow.bounds, canvas: &narrow)
        #expect(narrow.text(row: 2).contains(" too big "))
    }

    @Test func networkButtonsAndFeaturesAreClickable() {
        let thumb = HeatmapField(width: 4, height: 4, signedValues: [Double](repeating: 0.5, count: 16))
        let model = NetworkViewModel(
            inputs: [.init(label: "x1", isActive: true, thumbnail: thumb), .init(label: "x2", isActive: false)],
            layers: [[.init(thumbnail: thumb), .init(thumbnail: thumb)], [.init(thumbnail: thumb)]],
            weights: [[[1], [-1]], [[0.5, -0.5]]], activation: "tanh", output: "sigmoid")
        var canvas = Canvas(width: 60, height: 14)
        let hits = NetworkView.draw(model, in: canvas.bounds, palette: Palette(tier: .ansi256), canvas: &canvas)
        let targets = Set(hits.map(\.target))
        #expect(targets == [.feature(0), .feature(1), .addLayer, .removeLayer, .addNeuron(layer: 0), .removeNeuron(layer: 0)])
        for hit in hits where hit.rect.width == 1 {
            let glyph = canvas[hit.rect.x, hit.rect.y].character
            #expect(glyph == "+" || glyph == "−")
        }
        #expect(NetworkView.thumbnailPixelSize(for: model, in: canvas.bounds) == Size(width: 8, height: 8))
        #expect(NetworkView.thumbnailPixelSize(layerSizes: [1, 2, 1], activeFeatures: [.x1], allFeatures: [.x1, .x2],
                                               in: canvas.bounds) == Size(width: 8, height: 8))
        #expect(canvas.cells.contains { $0.character.unicodeScalars.first!.value >= 0x2800 && $0.character.unicodeScalars.first!.value <= 0x28FF })
    }

    @Test func largeLayersAreCutWithACount() {
        let model = NetworkViewModel(inputs: [.init(label: "x1", isActive: true)],
                                     layers: [[NetworkViewModel.Neuron](repeating: .init(), count: 40), [.init()]],
                                     maxNeurons: 64)
        var canvas = Canvas(width: 40, height: 14)
        NetworkView.draw(model, in: canvas.bounds, palette: Palette(tier: .monochrome), canvas: &canvas)
        let text = (0..<14).map { canvas.text(row: $0) }.joined(separator: "\n")
        #expect(text.contains("+31") && text.contains("− 1 layer +") && text.contains("output"))
        #expect(text.contains("− 40 neurons +") || text.contains("− 40 +"))
    }

    @Test func statusLineKeepsTheEssentials() {
        var canvas = Canvas(width: 80, height: 1)
        let model = StatusModel(isRunning: false, epoch: 12_345, step: 678_901, trainLoss: 0.1234, testLoss: 0.2345,
                                trainAccuracy: 0.95, testAccuracy: 0.9, epochsPerSecond: 1500, framesPerSecond: 30,
                                divergedAtStep: nil)
        StatusLine.draw(model, in: canvas.bounds, canvas: &canvas)
        #expect(canvas.text(row: 0).hasPrefix(" nnplay  ■ paused   epoch 12,345   loss 0.123/0.235   acc 95.0%/90.0%"))
        var wide = Canvas(width: 160, height: 1)
        StatusLine.draw(model, in: wide.bounds, canvas: &wide)
        #expect(wide.text(row: 0).contains("loss 0.123 train  0.235 test   acc 95.0% 90.0%   step 678,901   1,500 epochs/s   30 fps"))
    }

    /// GA and CMA-ES count generations: the figure, the rate and the pace say so,
    /// from the first frame (before the search has a spread to show).
    @Test func statusLineCountsGenerationsWithoutGradients() {
        let name = OptimizerKind.ga.epochName
        let pace = Pace.epochsPerSecond(60)
        let model = StatusModel(isRunning: true, epoch: 0, step: 0, trainLoss: 0.5, epochsPerSecond: 0,
                                framesPerSecond: 30, pace: (pace.text(name), pace.shortText(name)), epochName: name)
        var wide = Canvas(width: 160, height: 1)
        StatusLine.draw(model, in: wide.bounds, canvas: &wide)
        #expect(wide.text(row: 0).contains("generation 0   loss 0.500"))
        #expect(wide.text(row: 0).contains("0.00 generations/s   pace 60 generations/s"))
        #expect(!wide.text(row: 0).contains("epoch"))
        #expect(OptimizerKind.adam.epochName == .epoch && Pace.epochsPerSecond(1).text(.generation) == "1 generation/s")
    }

    @Test func divergenceIsABannerNotACrash() {
        var canvas = Canvas(width: 100, height: 1)
        HintBar.draw(hints: AppKeys.bindings, divergedAtStep: 1_234, in: canvas.bounds, canvas: &canvas)
        #expect(canvas.text(row: 0).contains("✖ diverged at step 1,234 — press r to reset or lower the learning rate"))
        #expect(canvas[50, 0].background == .semantic(.warningBackground))
        var narrow = Canvas(width: 40, height: 1)
        HintBar.draw(hints: [], divergedAtStep: 7, in: narrow.bounds, canvas: &narrow)
        #expect(narrow.text(row: 0).contains("diverged at step 7"))
    }

    @Test func theMemoryBackendKeepsTheLastFrame() {
        var backend = MemoryBackend(size: Size(width: 4, height: 2), tier: .ansi16)
        #expect(backend.text == "" && backend.presentedFrames == 0)
        var canvas = Canvas(width: 4, height: 2)
        canvas.text("ab", column: 0, row: 0, style: CellStyle(foreground: .classHue(1), attributes: .bold))
        canvas.put("c", column: 3, row: 1)
        backend.present(canvas)
        #expect(backend.text == "ab\n   c" && backend.presentedFrames == 1)
        #expect(backend.resolved(column: 0, row: 0)?.style == ResolvedStyle(foreground: .indexed(12), background: .default,
                                                                            attributes: .bold))
        #expect(FrameDump.styleRuns(canvas, palette: backend.palette) == ["row 0 col 0-1 fg=classB(12) bg=background bold"])
        #expect(backend.dump.hasPrefix("=== frame 4×2 tier 16 ===\nab\n   c\n=== styles"))
    }
}
