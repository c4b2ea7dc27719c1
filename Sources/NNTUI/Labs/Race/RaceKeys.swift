/// The race screen's keys for the hint bar and the help overlay (see
/// `RaceUIState.handle` for what each does).
package enum RaceKeys {
    package static let bindings: [KeyBinding] = [
        KeyBinding(keys: "space", action: "play or pause every variant", hint: "play/pause"),
        KeyBinding(keys: ". or s", action: "one step of every variant", hint: "step", hintKeys: "s"),
        KeyBinding(keys: "v / V", action: "select the next / previous variant", hint: "select", hintKeys: "v"),
        KeyBinding(keys: "a", action: "add a variant: a copy of the selected one", hint: "add"),
        KeyBinding(keys: "x", action: "remove the selected variant", hint: "remove"),
        KeyBinding(keys: "r", action: "reset every variant's weights (a new initial draw)", hint: "reset"),
        KeyBinding(keys: "g", action: "regenerate the data (for every variant)"),
        KeyBinding(keys: "+ / -", action: "pace: faster / slower", hint: "pace", hintKeys: "+/-"),
        KeyBinding(keys: "↑ ↓ Tab", action: "move between the selected variant's controls"),
        KeyBinding(keys: "← →", action: "change the focused control's value (selected variant)"),
        KeyBinding(keys: "Enter", action: "type a value (Enter applies, Esc cancels)", hint: "edit"),
        KeyBinding(keys: "t", action: "show or hide the test data"),
        KeyBinding(keys: "d", action: "discretize the outputs"),
        KeyBinding(keys: "l", action: "log-scale loss chart"),
        KeyBinding(keys: "click map", action: "select that variant"),
        KeyBinding(keys: "?", action: "show or hide this help", hint: "help"),
        KeyBinding(keys: "q  Ctrl-C", action: "quit", hint: "quit", hintKeys: "q"),
    ]

    /// In a race lesson: the race's keys but adding and removing variants (a lesson's
    /// variants are its own: `a` and `x` are the lesson's), `L` for the log-scale loss
    /// (`l` lists the steps), and the lesson keys (`RaceUIState+Lesson`).
    package static let lessonBindings: [KeyBinding] =
        bindings.filter { !["a", "x"].contains($0.keys) }
            .map { $0.keys == "l" ? KeyBinding(keys: "L", action: $0.action) : $0 } + AppKeys.lessonBindings
}
