/// The playground's keys for the hint bar and the help overlay (see `AppState+Handle`
/// for what each does).
package enum AppKeys {
    package static let bindings: [KeyBinding] = [
        KeyBinding(keys: "space", action: "play or pause training", hint: "play/pause"),
        KeyBinding(keys: ". or s", action: "one training step", hint: "step", hintKeys: "s"),
        KeyBinding(keys: "r", action: "reset the weights (a new initial draw)", hint: "reset"),
        KeyBinding(keys: "g", action: "regenerate the data", hint: "new data"),
        KeyBinding(keys: "+ / -", action: "pace: faster / slower", hint: "pace", hintKeys: "+/-"),
        KeyBinding(keys: "↑ ↓ Tab", action: "move between controls"),
        KeyBinding(keys: "← →", action: "change the focused control's value"),
        KeyBinding(keys: "Enter", action: "type a value (Enter applies, Esc cancels)", hint: "edit"),
        KeyBinding(keys: "1 … 7", action: "switch input feature 1…7 on or off"),
        KeyBinding(keys: "t", action: "show or hide the test data", hint: "test data"),
        KeyBinding(keys: "d", action: "discretize the output", hint: "discretize"),
        KeyBinding(keys: "l / z", action: "loss chart: log scale / the recent quarter"),
        KeyBinding(keys: "c", action: "class of the points a click adds"),
        KeyBinding(keys: "i", action: "inspector: next view (or close it)"),
        KeyBinding(keys: "m / e", action: "grid search (lr × L2) / seed sweep of the setup"),
        KeyBinding(keys: "?", action: "show or hide this help", hint: "help"),
        KeyBinding(keys: "q  Ctrl-C", action: "quit", hint: "quit", hintKeys: "q"),
        KeyBinding(keys: "click", action: "select a control, toggle a feature, press − or +"),
        KeyBinding(keys: "click map", action: "add a training point of the click class"),
        KeyBinding(keys: "shift/right", action: "click on the map: a point of the other class"),
    ]

    /// The inspector's keys (see `AppState+Inspector`), added to the help while it is open.
    package static let inspectorBindings: [KeyBinding] = [
        KeyBinding(keys: "v", action: "evaluation: train, validation or test set"),
        KeyBinding(keys: "[ / ]", action: "evaluation: threshold down / up by 0.05"),
        KeyBinding(keys: "click ROC", action: "evaluation: the threshold of that point"),
        KeyBinding(keys: "w", action: "weights: select with the arrows (Esc ends)"),
        KeyBinding(keys: "Enter", action: "weights: type the selected weight's value"),
        KeyBinding(keys: "[ / ]", action: "hidden space: previous / next layer"),
        KeyBinding(keys: "< / >", action: "hidden space: previous / next neuron pair"),
        KeyBinding(keys: "click tab", action: "inspector: show that view"),
    ]

    /// The lesson pane's keys (the shared `LessonKeys`), added to the help in a lesson.
    package static let lessonBindings: [KeyBinding] = LessonKeys.bindings()

    /// The playground's keys with a lesson open or not: in a lesson `l` is the list of
    /// steps, so the log-scale loss chart is `L`.
    package static func bindings(inLesson: Bool) -> [KeyBinding] {
        guard inLesson else { return bindings }
        return bindings.map { $0.keys == "l / z" ? KeyBinding(keys: "L / z", action: $0.action) : $0 } + lessonBindings
    }
}
