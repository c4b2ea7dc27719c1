/// A key (or mouse action) and what it does, for the help overlay and the hint bar.
public struct KeyBinding: Equatable, Sendable {
    /// How the key is written: `space`, `. or s`, `↑ ↓ Tab`.
    public var keys: String
    /// What it does, for the help overlay.
    public var action: String
    /// A one- or two-word version for the hint bar; nil keeps it out of the bar.
    public var hint: String?
    /// The keys as the hint bar writes them (defaults to `keys`).
    public var hintKeys: String

    public init(keys: String, action: String, hint: String? = nil, hintKeys: String? = nil) {
        self.keys = keys
        self.action = action
        self.hint = hint
        self.hintKeys = hintKeys ?? keys
    }

    /// The playground's keys as issue 3 lists them; the app passes these (or its own) in.
    public static let playground: [KeyBinding] = [
        KeyBinding(keys: "space", action: "play or pause training", hint: "play/pause"),
        KeyBinding(keys: ". or s", action: "one training step", hint: "step", hintKeys: "s"),
        KeyBinding(keys: "r", action: "reset the weights (new initial draw)", hint: "reset"),
        KeyBinding(keys: "g", action: "regenerate the data", hint: "new data"),
        KeyBinding(keys: "+ / -", action: "train faster / slower", hint: "speed", hintKeys: "+/-"),
        KeyBinding(keys: "↑ ↓ Tab", action: "move between controls"),
        KeyBinding(keys: "← →", action: "change the focused control's value"),
        KeyBinding(keys: "Enter", action: "type a value (Enter applies, Esc cancels)", hint: "edit"),
        KeyBinding(keys: "t", action: "show or hide the test data", hint: "test data"),
        KeyBinding(keys: "d", action: "discretize the output", hint: "discretize"),
        KeyBinding(keys: "?", action: "show or hide this help", hint: "help"),
        KeyBinding(keys: "q  Ctrl-C", action: "quit", hint: "quit", hintKeys: "q"),
        KeyBinding(keys: "click", action: "select a control, toggle a feature, press − or +"),
        KeyBinding(keys: "click map", action: "add a training point of the current class"),
        KeyBinding(keys: "shift/right", action: "click on the map: a point of the other class"),
    ]
}
