/// The landscape lab's keys, for the help overlay (`?`) and the hint bar.
package enum LandscapeLabKeys {
    package static let bindings: [KeyBinding] = [
        KeyBinding(keys: "space", action: "play or pause the race", hint: "play/pause"),
        KeyBinding(keys: ". or s", action: "one iteration of every method", hint: "step", hintKeys: "s"),
        KeyBinding(keys: "+ -", action: "faster or slower (iterations per second)", hint: "pace"),
        KeyBinding(keys: "r", action: "restart the race from the start", hint: "restart"),
        KeyBinding(keys: "↑ ↓", action: "choose a control"),
        KeyBinding(keys: "← →", action: "change it (the race restarts)", hint: "change"),
        KeyBinding(keys: "Enter", action: "press a button; on start: place the cursor"),
        KeyBinding(keys: "Tab", action: "move the keys to the surface and back", hint: "surface"),
        KeyBinding(keys: "arrows Enter", action: "on the surface: move the cursor, start there"),
        KeyBinding(keys: "click", action: "on the surface: start there; on a control: choose it"),
        KeyBinding(keys: "f", action: "the next surface"),
        KeyBinding(keys: "a", action: "add a method to the race (up to 4)"),
        KeyBinding(keys: "p", action: "phase map (learning rate × momentum)", hint: "phase map"),
        KeyBinding(keys: "?", action: "this help", hint: "help"),
        KeyBinding(keys: "q", action: "quit", hint: "quit"),
    ]
}
