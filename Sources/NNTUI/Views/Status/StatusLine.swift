import NNCore

/// The top bar: the program's name, running/paused/diverged, then as many figures
/// as fit, most important first (epoch, losses, accuracy, pace, speed, fps, step), all in
/// a shorter form when the long ones do not all fit:
///
///     nnplay  ▶ running   epoch 1,234   loss 0.231 train  0.254 test   acc 98.2% 96.0% …
///
/// The measured speed and the pace chosen with `+`/`-` sit side by side
/// (`59.8 epochs/s   pace 60 epochs/s`), so a student sees both what was asked
/// and what the machine delivers.
package enum StatusLine {
    /// One figure: its long and short spans and how much it matters (0 = most).
    struct Segment {
        var priority: Int
        var long: [TextSpan]
        var short: [TextSpan]
    }

    /// Draws the bar into the first row of `rect`.
    package static func draw(_ model: StatusModel, in rect: Rect, canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let bar = CellStyle(foreground: .text, background: .semantic(.barBackground))
        canvas.fill(rect.top(1), style: bar)
        let segments = self.segments(model, bar: bar)
        let longFits = segments.enumerated().reduce(0) { $0 + $1.element.long.columns + gap($1.offset) } <= rect.width
        var budget = rect.width
        var chosen: [Int: [TextSpan]] = [:]
        for (index, segment) in segments.enumerated().sorted(by: { $0.element.priority < $1.element.priority }) {
            let spans = longFits ? segment.long : segment.short
            let cost = spans.columns + gap(index)
            guard cost <= budget else { break }
            chosen[index] = spans
            budget -= cost
        }
        var x = rect.x
        for index in segments.indices {
            guard let spans = chosen[index] else { continue }
            x = canvas.spans(spans, column: x + gap(index), row: rect.y, maxX: rect.maxX)
        }
    }

    /// Columns before segment `index`: none before the name, one before the state, three between figures.
    static func gap(_ index: Int) -> Int { index == 0 ? 0 : index == 1 ? 1 : 3 }

    static func segments(_ model: StatusModel, bar: CellStyle) -> [Segment] {
        let label = bar.with(foreground: .dimText), value = bar.adding(.bold)
        func same(_ priority: Int, _ spans: [TextSpan]) -> Segment { Segment(priority: priority, long: spans, short: spans) }
        var segments = [
            same(0, [TextSpan(" nnplay ", bar.with(foreground: .accent).adding(.bold))]),
            same(0, [state(model, bar: bar)]),
            same(1, [TextSpan(model.epochName.singular + " ", label),
                     TextSpan(NumberText.grouped(model.epoch), value)]),
        ]
        let train = TextSpan(NumberText.significant(model.trainLoss), value)
        if model.testLoss.isNaN {
            segments.append(same(2, [TextSpan("loss ", label), train]))
        } else {
            let test = TextSpan(NumberText.significant(model.testLoss), value)
            segments.append(Segment(priority: 2,
                                    long: [TextSpan("loss ", label), train, TextSpan(" train  ", label), test,
                                           TextSpan(" test", label)],
                                    short: [TextSpan("loss ", label), train, TextSpan("/", label), test]))
        }
        if let trainAccuracy = model.trainAccuracy {
            let train = TextSpan(NumberText.percent(trainAccuracy), value)
            if let testAccuracy = model.testAccuracy, !testAccuracy.isNaN {
                let test = TextSpan(NumberText.percent(testAccuracy), value)
                segments.append(Segment(priority: 3, long: [TextSpan("acc ", label), train, TextSpan(" ", label), test],
                                        short: [TextSpan("acc ", label), train, TextSpan("/", label), test]))
            } else {
                segments.append(same(3, [TextSpan("acc ", label), train]))
            }
        }
        if let evolution = model.evolution {
            // `σ 0.031` (`sep σ` for the separable CMA-ES) or the GA population's `spread 0.12`.
            segments.append(same(3, [TextSpan(evolution.text, value)]))
        }
        segments.append(same(7, [TextSpan("step ", label), TextSpan(NumberText.grouped(model.step), value)]))
        let speed = TextSpan(NumberText.rate(model.epochsPerSecond), value)
        segments.append(Segment(priority: 5, long: [speed, TextSpan(" \(model.epochName.plural)/s", label)],
                                short: [speed, TextSpan(" \(model.epochName.short)/s", label)]))
        if let pace = model.pace {
            segments.append(Segment(priority: 4, long: [TextSpan("pace ", label), TextSpan(pace.text, value)],
                                    short: [TextSpan("pace ", label), TextSpan(pace.short, value)]))
        }
        segments.append(same(6, [TextSpan(NumberText.rate(model.framesPerSecond), value), TextSpan(" fps", label)]))
        if let message = model.message, !message.isEmpty {
            segments.append(same(8, [TextSpan(message, bar.with(foreground: .accent))]))
        }
        return segments
    }

    /// `▶ running`, `■ paused` or `✖ diverged`.
    static func state(_ model: StatusModel, bar: CellStyle) -> TextSpan {
        if model.divergedAtStep != nil {
            return TextSpan("✖ diverged", bar.with(foreground: .warning).adding(.bold))
        }
        return model.isRunning ? TextSpan("▶ running", bar.with(foreground: .semantic(.good)).adding(.bold))
                               : TextSpan("■ paused", bar.with(foreground: .text).adding(.bold))
    }
}
