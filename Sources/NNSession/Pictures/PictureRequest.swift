import NNCore

/// What a screen asks the engine to draw for it (`Engine.requestPictures`): the
/// pictures' sizes, and how often they are worth computing while training.
///
/// A request is not a `Command`: it changes what is shown, never the training, so it
/// is not logged and a recorded session is the same whatever the screen's size.
package struct PictureRequest: Hashable, Sendable {
    /// The sizes the screen's layout wants.
    package var spec: PictureSpec
    /// While training, at most one computation per this much time (the screen's frame
    /// interval: pictures drawn more often than frames are never seen).
    package var interval: Duration
    /// The inspector view open beside the heatmap and its choices; nil when closed
    /// (then nothing is computed for it).
    package var inspector: InspectorSpec?

    /// The default interval: 40 frames a second.
    package static let defaultInterval: Duration = .milliseconds(25)

    package init(_ spec: PictureSpec, interval: Duration = PictureRequest.defaultInterval,
                inspector: InspectorSpec? = nil) {
        self.spec = spec
        self.interval = interval
        self.inspector = inspector
    }
}
