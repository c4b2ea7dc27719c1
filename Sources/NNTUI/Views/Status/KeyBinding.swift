/// A key (or mouse action) and what it does, for the help overlay and the hint bar.
package struct KeyBinding: Equatable, Sendable {
    /// How the key is written: `space`, `. or s`, `↑ ↓ Tab`.
    package var keys: String
    /// What it does, for the help overlay.
    package var action: String
    /// A one- or two-word version for the hint bar; nil keeps it out of the bar.
    package var hint: String?
    /// The keys as the hint bar writes them (defaults to `keys`).
    package var hintKeys: String

    package init(keys: String, action: String, hint: String? = nil, hintKeys: String? = nil) {
        self.keys = keys
        self.action = action
        self.hint = hint
        self.hintKeys = hintKeys ?? keys
    }
}
