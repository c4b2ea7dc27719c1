import Testing
@testable import NNTUI

@Suite struct PaletteTests {
    @Test func everyTableEntryIsItsOwnNearest256() {
        for index in 16..<256 {
            #expect(XTermColours.nearest256(XTermColours.rgb(ofIndex: index)) == index, "entry \(index)")
        }
    }

    @Test(arguments: [
        (RGB(0xFF8700), 208), (RGB(0x005FAF), 25), (RGB(0x303030), 236), (RGB(0x1C1C1C), 234),
        (RGB(0xD0D0D0), 252), (RGB(0xFF9F40), 215), (RGB(0x000000), 16), (RGB(0xFFFFFF), 231),
        (RGB(0x010101), 16), (RGB(0x7F7F7F), 244), (RGB(0xF59322), 208), (RGB(0x0877BD), 31),
    ])
    func nearest256PicksTheCubeOrTheGreyRamp(colour: RGB, index: Int) {
        #expect(XTermColours.nearest256(colour) == index)
    }

    @Test func nearestANSIUsesXtermDefaults() {
        #expect(XTermColours.nearestANSI(RGB(0xFF0000), count: 16) == 9)
        #expect(XTermColours.nearestANSI(RGB(0xFF0000), count: 8) == 1)
        #expect(XTermColours.nearestANSI(RGB(0x101010), count: 16) == 0)
        #expect(XTermColours.nearestANSI(RGB(0x6060FF), count: 16) == 12)
        #expect(XTermColours.nearestANSI(RGB(0x6060FF), count: 8) == 4)
    }

    @Test func semanticColoursPerTier() {
        let classA = Colour.classHue(0)
        #expect(Palette(tier: .direct).resolve(classA) == .direct(RGB(0xFF9F40)))
        #expect(Palette(tier: .ansi256).resolve(classA) == .indexed(215))
        #expect(Palette(tier: .ansi16).resolve(classA) == .indexed(11))
        #expect(Palette(tier: .ansi8).resolve(classA) == .indexed(3))
        #expect(Palette(tier: .monochrome).resolve(classA) == .default)
        #expect(Palette(tier: .ansi16).resolve(.background) == .default)
        #expect(Palette(tier: .ansi256).resolve(.background) == .indexed(234))
        #expect(Palette(tier: .direct).resolve(.indexed(208)) == .direct(RGB(0xFF8700)))
        #expect(Palette(tier: .ansi16).resolve(.indexed(208)) == .indexed(3))
        #expect(Palette(tier: .ansi8).resolve(.indexed(12)) == .indexed(4))
        #expect(Palette(tier: .ansi16).resolve(.rgb(RGB(0x00FF00))) == .indexed(10))
    }

    @Test func colourNumbersAboveTwoHundredFiftyFiveAreData() {
        #expect(TerminalColour.direct(RGB(0xFF8700)).colourNumber == 0xFF8700)
        #expect(TerminalColour.indexed(208).colourNumber == 208)
        #expect(TerminalColour.default.colourNumber == -1)
        #expect(RGB(0x0877BD).description == "#0877bd")
    }

    @Test func rolesBecomeAttributesWhereColoursAreMissing() {
        let focused = Cell("x", foreground: .text, background: .semantic(.focusBackground))
        #expect(Palette(tier: .ansi256).resolve(focused).attributes == [])
        #expect(Palette(tier: .ansi16).resolve(focused).attributes == .reverse)
        #expect(Palette(tier: .monochrome).resolve(focused).attributes == .reverse)
        let dim = Cell("x", foreground: .dimText)
        #expect(Palette(tier: .monochrome).resolve(dim).attributes == .dim)
        #expect(Palette(tier: .ansi16).resolve(dim) == ResolvedStyle(foreground: .indexed(8), background: .default,
                                                                      attributes: []))
    }

    @Test(arguments: [
        (16_777_216, nil, ColourTier.direct), (256, nil, .ansi256), (88, nil, .ansi16), (16, nil, .ansi16),
        (8, nil, .ansi8), (2, nil, .monochrome), (0, nil, .monochrome), (-1, nil, .monochrome),
        (256, "1", .monochrome), (16_777_216, "yes", .monochrome), (256, "", .ansi256),
    ] as [(Int, String?, ColourTier)])
    func tierFromTheTerminal(colours: Int, noColor: String?, tier: ColourTier) {
        #expect(ColourTier.detect(colours: colours, noColor: noColor) == tier)
    }

    @Test func heatPixels() {
        #expect(HeatPixel(signed: -0.25) == HeatPixel(hue: 0, strength: 0.25))
        #expect(HeatPixel(signed: 3) == HeatPixel(hue: 1, strength: 1))
        #expect(HeatPixel(signed: .nan) == .neutral)
        #expect(HeatPixel(classIndex: 2, probability: 0.25, classes: 4).strength == 0)
        #expect(HeatPixel(classIndex: 2, probability: 1, classes: 4) == HeatPixel(hue: 2, strength: 1))
        #expect(HeatPixel(signed: -0.1).discretized == HeatPixel(hue: 0, strength: 1))
    }

    @Test func heatScalesPerTier() {
        let p256 = Palette(tier: .ansi256), direct = Palette(tier: .direct)
        #expect(p256.heatColour(HeatPixel(signed: 0)) == .indexed(236))
        #expect(p256.heatColour(HeatPixel(signed: -1)) == .indexed(166))
        #expect(p256.heatColour(HeatPixel(signed: 0.6)) == .indexed(25))
        #expect(direct.heatColour(HeatPixel(signed: 0)) == .rgb(Palette.heatNeutral))
        #expect(direct.heatColour(HeatPixel(signed: 1)) == .rgb(RGB(0x005FD7)))
        let cell = p256.heatCell(top: HeatPixel(signed: -1), bottom: HeatPixel(signed: 1), hues: 2)
        #expect(cell == Cell("▀", foreground: .indexed(166), background: .indexed(26)))
        let mono = Palette(tier: .monochrome)
        #expect(mono.heatCell(top: HeatPixel(signed: -1), bottom: HeatPixel(signed: -1), hues: 2).character == " ")
        #expect(mono.heatCell(top: HeatPixel(signed: 0), bottom: HeatPixel(signed: 0), hues: 2).character == "▒")
        #expect(mono.heatCell(top: HeatPixel(signed: 1), bottom: HeatPixel(signed: 0.9), hues: 2).character == "█")
        #expect(mono.heatCell(top: HeatPixel(hue: 3, strength: 1), bottom: .neutral, hues: 4).character == "█")
        let sixteen = Palette(tier: .ansi16).heatCell(top: HeatPixel(signed: 1), bottom: HeatPixel(signed: 0.5), hues: 2)
        #expect(sixteen == Cell("▒", foreground: .indexed(4), background: .background))
    }

    @Test func linksBySignAndMagnitude() {
        let p256 = Palette(tier: .ansi256)
        #expect(p256.linkLook(weight: 2) == LinkLook(colour: .rgb(SemanticColour.classHues[1]), dash: 0, visible: true))
        #expect(p256.linkLook(weight: -2) == LinkLook(colour: .rgb(SemanticColour.classHues[0]), dash: 0, visible: true))
        #expect(Palette(tier: .monochrome).linkLook(weight: -0.5).dash > 0)
        #expect(Palette(tier: .monochrome).linkLook(weight: 0.01).visible == false)
        #expect(Palette(tier: .ansi16).linkLook(weight: 0.9) == LinkLook(colour: .indexed(12), dash: 0, visible: true))
        #expect(Palette(tier: .ansi8).linkLook(weight: 0.1).colour == .border)
    }
}

@Suite struct ScreenCellTests {
    @Test func canvasesBecomeCursesCells() {
        var canvas = Canvas(width: 2, height: 1)
        canvas.put("▀", column: 0, row: 0, style: CellStyle(foreground: .rgb(RGB(0xFF8700)), background: .indexed(25),
                                                           attributes: [.bold, .underline]))
        let direct = canvas.screenCells(palette: Palette(tier: .direct))
        #expect(direct[0] == ScreenCell("▀", foreground: 0xFF8700, background: 0x005FAF, attributes: 9))
        #expect(direct[1] == ScreenCell(" ", foreground: 0xD0D0D0, background: 0x1C1C1C, attributes: 0))
        let mono = canvas.screenCells(palette: Palette(tier: .monochrome))
        #expect(mono == [ScreenCell("▀", foreground: -1, background: -1, attributes: 9), ScreenCell(" ")])
        #expect(canvas.screenCells(palette: Palette(tier: .ansi256))[0].foreground == 208)
    }
}
