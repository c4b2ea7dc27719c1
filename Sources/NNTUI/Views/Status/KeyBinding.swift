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
}
