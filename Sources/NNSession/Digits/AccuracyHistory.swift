/// The test accuracy of the current network over its epochs, for the digits lab's
/// accuracy curve: a point whenever the engine computes a readout at a new epoch,
/// bounded by dropping every other point once `capacity` is reached (so the whole run
/// stays in view). It follows the engine's publishing, which depends on timing, so it
/// is for drawing only; every figure a replay checks comes from the state itself.
package struct AccuracyHistory: Sendable, Equatable {
    package struct Point: Sendable, Equatable {
        package var epoch: Int
        package var accuracy: Double
    }

    package private(set) var points: [Point] = []
    package let capacity: Int

    package init(capacity: Int = 128) {
        self.capacity = max(2, capacity)
    }

    /// Adds (epoch, accuracy); a smaller epoch than the last (a new network) starts over.
    package mutating func record(epoch: Int, accuracy: Double) {
        if let last = points.last {
            if epoch < last.epoch { points.removeAll() } else if epoch == last.epoch { points.removeLast() }
        }
        points.append(Point(epoch: epoch, accuracy: accuracy))
        if points.count > capacity {
            points = points.enumerated().filter { $0.offset % 2 == 0 || $0.offset == points.count - 1 }.map(\.element)
        }
    }
}
