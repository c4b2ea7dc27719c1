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

    /// What `lock: all` locks: every control whose settings change results. The pace
    /// (`speed`, `Setting.Scope.pace`) is left to the student unless a step names it
    /// (`lock: all, speed`), so that a step locking "everything" can still be slowed
    /// down to watch.
    package static var lockedByAll: [LessonControl] {
        let paceLocks = Set(Settings.all.filter { $0.scope == .pace }.map(\.lock))
        return allCases.filter { !paceLocks.contains($0.rawValue) }
    }

    package static let dataset = LessonControl(Settings.dataset)
    package static let hidden = LessonControl(Settings.hidden)
    package static let learningRate = LessonControl(Settings.learningRate)

    package var description: String { rawValue }
}

extension Set where Element == LessonControl {
    /// The locks as a student reads them, short enough to leave the goal in sight:
    /// `everything`, `all but lr, momentum` when more than half of what `lock: all`
    /// locks is locked, otherwise the names (`dataset, hidden`), in the table's order;
    /// a locked pace is added by name (`everything, speed`); nil when none is locked.
    package var summary: String? {
        guard !isEmpty else { return nil }
        let all = LessonControl.lockedByAll
        let locked = all.filter(contains)
        let pace = LessonControl.allCases.filter { contains($0) && !all.contains($0) }.map(\.rawValue)
        let text: String?
        if locked.count == all.count {
            text = "everything"
        } else if locked.count > all.count / 2 {
            text = "all but " + all.filter { !contains($0) }.map(\.rawValue).joined(separator: ", ")
        } else {
            text = locked.isEmpty ? nil : locked.map(\.rawValue).joined(separator: ", ")
        }
        return ([text].compactMap { $0 } + pace).joined(separator: ", ")
    }
}
