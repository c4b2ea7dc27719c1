/// The landscape lab's keys, for the help overlay (`?`) and the hint bar: exactly the
/// keys that work now. With a lesson open the lesson's keys (`LessonKeys`) join them,
/// and on a step with a question `a` answers it instead of adding a method.
package enum LandscapeLabKeys {
    /// The keys that work with `lesson` open (nil: none).
    package static func bindings(lesson: LandscapeLessonMode?) -> [KeyBinding] {
        let answers = lesson?.session.step.question != nil
        let add = KeyBinding(keys: "a", action: "add a method to the race (up to 4)")
        return [
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
        ] + (answers ? [] : [add]) + [
            KeyBinding(keys: String(phaseMapKey), action: "phase map (learning rate × momentum)", hint: "phase map"),
        ] + (lesson == nil ? [] : LessonKeys.bindings(answers: answers)) + [
            KeyBinding(keys: "?", action: "this help", hint: "help"),
            KeyBinding(keys: "q", action: "quit", hint: "quit"),
        ]
    }

    /// The phase map's key, the same with or without a lesson (`p` is the lesson's previous step).
    package static let phaseMapKey: Character = "m"
}
