import NNCore

/// A playground control a lesson step can lock: a lock name of the table of settings
/// (`Setting.lock`), which is the key of `nnplay train`'s flag (`lr`, `hidden`,
/// `init`, ...), so a teacher learns one vocabulary. Several settings may share a
/// lock: `l1`, `l2` and `dropout` are all `regularization`, `lr-gamma` and `lr-step`
/// are `lr-schedule`; the panel's problem row counts as `dataset`.
package struct LessonControl: RawRepresentable, Hashable, Codable, Sendable, CaseIterable, CustomStringConvertible {
    package let rawValue: String

    /// The lock called `rawValue` exactly, or nil.
    package init?(rawValue: String) {
        guard Settings.locks.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// The lock of `setting`.
    package init(_ setting: Setting) {
        rawValue = setting.lock
    }

    /// The control named `name`: a lock name, or the key or alias of a setting
    /// (`l2`, `learning-rate`), which names the lock it belongs to; nil otherwise.
    package init?(name: String) {
        guard let lock = Settings.lock(named: name) else { return nil }
        rawValue = lock
    }

    /// Every lock, in the table's order.
    package static var allCases: [LessonControl] { Settings.locks.compactMap(LessonControl.init(rawValue:)) }

    package static let dataset = LessonControl(Settings.dataset)
    package static let hidden = LessonControl(Settings.hidden)
    package static let learningRate = LessonControl(Settings.learningRate)

    package var description: String { rawValue }
}

extension Set where Element == LessonControl {
    /// The locks as a student reads them, short enough to leave the goal in sight:
    /// `everything`, `all but lr, momentum` when more than half are locked, otherwise
    /// the names (`dataset, hidden`), in the table's order; nil when none is locked.
    package var summary: String? {
        guard !isEmpty else { return nil }
        let all = LessonControl.allCases
        if count == all.count { return "everything" }
        if count > all.count / 2 {
            return "all but " + all.filter { !contains($0) }.map(\.rawValue).joined(separator: ", ")
        }
        return all.filter(contains).map(\.rawValue).joined(separator: ", ")
    }
}
