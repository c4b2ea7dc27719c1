import NNSession

/// The text of `nnplay replay --frames`: every frame's characters (rows right-trimmed,
/// as `FrameDump.text`), each after a separator line naming the step and what
/// happened there, so that two replays can be diffed and golden files read:
///
/// ```
/// === step 1200, line 7: resetWeights ===
/// …the screen, row by row…
/// === step 3000, end of replay ===
/// …
/// ```
package enum FrameLog {
    /// The separator and frame after `event`.
    package static func frame(_ canvas: Canvas, after event: LabReplayEvent) -> String {
        "=== step \(event.step), line \(event.line): \(event.label) ===\n" + FrameDump.text(canvas) + "\n"
    }

    /// The separator and frame that ends the log, at `step`.
    package static func finalFrame(_ canvas: Canvas, step: Int) -> String {
        "=== step \(step), end of replay ===\n" + FrameDump.text(canvas) + "\n"
    }

    /// What an event is, in a few words: its kind, and for some the detail that
    /// tells two apart (`resize 100x30`, `marker "page 2"`).
    package static func label(_ event: SessionEvent) -> String {
        switch event {
        case .resize(_, let width, let height): return "resize \(width)x\(height)"
        case .marker(_, let label): return "marker \"\(label)\""
        case .inspector(_, let view, let set): return "inspector \(view?.rawValue ?? "closed") \(set.rawValue)"
        case .checkpoint(_, let hash): return "checkpoint \(hash)"
        case .end(_, let hash): return "end \(hash)"
        case .command, .frame: return event.kind
        }
    }
}
