import NNCore

/// The screen a lesson runs in, named by its setup's `lab:` key: the playground (the
/// default) or a lab of its own.
package enum LessonLab: String, CaseIterable, Equatable, Sendable {
    case playground
    /// The 8×8 digits lab (`nnplay digits`); its data are `dataset: digits`.
    case digits
    /// A race (`nnplay play --variant ...`): the setup's `variant:` lines, 2 to 4, each
    /// change the lesson's settings; goals and solutions name a variant (`RaceLessonLine`).
    case race

    /// `value` as a lab, or the error that lists the labs.
    static func parse(_ value: String) throws(InputError) -> LessonLab {
        guard let lab = LessonLab(rawValue: value.trimmedSpaces.lowercased()) else {
            throw InputError("lab must be one of \(allCases.map(\.rawValue).joined(separator: ", ")) (got '\(value)')")
        }
        return lab
    }
}

extension Lesson {
    /// The screen the lesson runs in (its introduction's `lab:`; the playground when not said).
    package var lab: LessonLab { setup?.lab ?? .playground }
}
