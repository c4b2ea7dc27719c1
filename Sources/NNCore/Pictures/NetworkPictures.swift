/// Everything a screen needs to draw one network, as plain numbers: the network's
/// outputs at every pixel of the decision boundary, every neuron's value at every
/// pixel of its thumbnail, and each input feature's thumbnail.
///
/// Computed once per change of parameters or sizes by a `PicturePainter` (the engine's
/// thread while training, the headless replay synchronously), then only read: views
/// turn the numbers into colours and never evaluate a network themselves
/// (ARCHITECTURE.md: the UI thread only draws). Pictures belong to one network, so a
/// screen showing several networks shows several of these.
package struct NetworkPictures: Sendable {
    /// The sizes they were computed at.
    package let spec: PictureSpec
    /// The state version (see `PlaygroundState.version`) at which they were computed. A
    /// later version whose network is the same keeps them (nothing would change).
    package let version: Int
    /// The network they show: its shape, activation, head and parameters.
    package let network: Network
    /// The network's inputs, in its order.
    package let features: [Feature]
    /// The network's outputs at each pixel of `spec.heatmap` (point r·W + c, row 0 at
    /// the top); nil when no heatmap was asked for.
    package let heatmap: NetworkOutputs?
    /// The outputs and every hidden neuron's activation at each pixel of
    /// `spec.thumbnails`; nil when no thumbnails were asked for.
    package let neurons: NetworkOutputs?
    /// Every feature (`Feature.allCases`) over `spec.thumbnails`, rescaled onto [−1, 1]
    /// (`DecisionGrid.featureValues`); empty when no thumbnails were asked for.
    package let featureThumbnails: [Feature: [Double]]

    init(spec: PictureSpec, version: Int, network: Network, features: [Feature], heatmap: NetworkOutputs?,
         neurons: NetworkOutputs?, featureThumbnails: [Feature: [Double]]) {
        self.spec = spec
        self.version = version
        self.network = network
        self.features = features
        self.heatmap = heatmap
        self.neurons = neurons
        self.featureThumbnails = featureThumbnails
    }

    /// Whether they show `network` on `features` (its shape, head and parameters), so
    /// that nothing would change if they were computed again for it.
    package func shows(_ network: Network, features: [Feature]) -> Bool {
        self.features == features && self.network == network
    }

    /// Whether they fit a network of this shape and head: the right number of neurons
    /// per layer and values on the head's scale (perhaps older parameters).
    package func fits(_ network: Network, features: [Feature]) -> Bool {
        self.features == features && self.network.layout == network.layout && self.network.output == network.output
    }
}
