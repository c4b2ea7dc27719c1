/// The curve lab's keys and clicks, for the hint bar and the help overlay (see `CurvesAppState.handle`).
package enum CurvesKeys {
    package static let bindings: [KeyBinding] = [
        KeyBinding(keys: "space", action: "play or pause gradient descent and the network", hint: "play/pause"),
        KeyBinding(keys: ". or s", action: "one step of each", hint: "step", hintKeys: "s"),
        KeyBinding(keys: "v", action: "next view: fits, error by degree, by λ, bias and variance", hint: "view"),
        KeyBinding(keys: "1 … 4", action: "view: fits, error by degree, error by λ, bias and variance"),
        KeyBinding(keys: "↑ ↓ Tab", action: "move between controls"),
        KeyBinding(keys: "← →", action: "change the focused control's value", hint: "change", hintKeys: "←→"),
        KeyBinding(keys: "r", action: "restart descent (β = 0) and the network", hint: "reset"),
        KeyBinding(keys: "g", action: "new data (the next seed)", hint: "new data"),
        KeyBinding(keys: "+ / -", action: "pace: faster / slower", hint: "pace", hintKeys: "+/-"),
        KeyBinding(keys: "click", action: "a control: focus; again: next value (‹, right button: back)"),
        KeyBinding(keys: "click", action: "views 2 and 3: set the degree or λ under the pointer"),
        KeyBinding(keys: "wheel", action: "over a lesson's pane: scroll its text"),
        KeyBinding(keys: "?", action: "show or hide this help", hint: "help"),
        KeyBinding(keys: "q  Ctrl-C", action: "quit", hint: "quit", hintKeys: "q"),
    ]
}
