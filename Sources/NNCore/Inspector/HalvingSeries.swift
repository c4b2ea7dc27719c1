/// A bounded history of values against a growing count (an epoch, a step): when it
/// is full every other entry is dropped, so any length of run fits in `capacity`
/// entries and the oldest moments stay represented (as `LossHistory` does for the
/// loss). Entries are appended by the caller when it sees a new moment.
package struct HalvingSeries<Value: Equatable & Sendable>: Equatable, Sendable {
    /// One recorded moment.
    package struct Entry: Equatable, Sendable {
        package var at: Int
        package var value: Value
    }

    /// Oldest first.
    package private(set) var entries: [Entry] = []
    /// The most entries ever kept (even, at least 2).
    package let capacity: Int

    package init(capacity: Int = 128) {
        self.capacity = max(2, capacity + capacity % 2)
    }

    /// The moment of the newest entry.
    package var last: Int? { entries.last?.at }

    /// Appends `value` at moment `at` (halving first when full).
    package mutating func record(_ value: Value, at: Int) {
        if entries.count == capacity {
            entries = stride(from: 0, to: entries.count, by: 2).map { entries[$0] }
        }
        entries.append(Entry(at: at, value: value))
    }
}
