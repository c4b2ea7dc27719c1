import NNCore

/// One method of the race as the lab follows it: its walker plus what the screen
/// draws of its history, bounded (`HalvingSeries`: any length of walk fits, the start
/// and the shape of the path stay represented).
package struct LandscapeTrack: Sendable {
    package private(set) var walker: LandscapeWalker
    /// The points the path showed, (x, y), from the start on (the latest is `walker.point`).
    package private(set) var path: HalvingSeries<[Double]>
    /// The loss of the shown point at each iteration, from iteration 0 (the start).
    package private(set) var losses: HalvingSeries<Double>
    /// The first iteration at which the walk reached a minimum (`LandscapeReach`), and which one.
    package private(set) var reached: (iteration: Int, minimum: Int)?

    /// Entries kept of the path and of the loss history.
    package static let capacity = 2048

    /// A walk about to start.
    package init(function: LandscapeFunction, method: LandscapeMethod, start: [Double]) {
        walker = LandscapeWalker(function: function, method: method, start: start)
        path = HalvingSeries(capacity: Self.capacity)
        losses = HalvingSeries(capacity: Self.capacity)
        record()
    }

    /// One iteration (nothing once the walk has ended).
    package mutating func step() {
        guard walker.ending == nil else { return }
        walker.step()
        if walker.iterations != losses.last { record() }
    }

    /// Notes the shown point, its loss, and whether it has reached a minimum.
    private mutating func record() {
        let i = walker.iterations
        path.record(walker.point, at: i)
        losses.record(walker.loss, at: i)
        if reached == nil, let minimum = LandscapeReach.minimum(of: walker.function, at: walker.point, loss: walker.loss) {
            reached = (i, minimum)
        }
    }
}
