import NNCore

/// What a race lesson (`lab: race`) adds to the playground's lesson vocabulary: the
/// introduction's setup lists the variants (`variant: optimizer=adam`, the `--variant`
/// syntax, 2 to 4 lines), and a goal or solution line may name the variant it is about:
///
/// ```goal
/// variant 2: test-accuracy >= 0.95
/// variant adam: test-loss < 0.1
/// within 40 epochs
/// ```
///
/// A variant is named by its number (1 for the first `variant:` line), its label as
/// written (`optimizer=adam,lr=0.01`), or, for a one-setting label, the value alone
/// (`adam` for `optimizer=adam`). A line without a name is about every variant.
package enum RaceLessonLine {
    /// `text` without its `variant NAME:` prefix, and the variant it names (0-based; nil
    /// without a prefix). Throws for a prefix outside a race lesson or an unknown name.
    static func split(_ text: String, lesson: Lesson) throws(InputError) -> (variant: Int?, rest: String) {
        guard text.lowercased().hasPrefix("variant ") else { return (nil, text) }
        guard let colon = text.firstIndex(of: ":") else {
            throw InputError("a variant's line is 'variant NAME: ...' (variant 2: test-accuracy >= 0.95)")
        }
        let reference = String(text[text.index(text.startIndex, offsetBy: 8)..<colon]).trimmedSpaces
        let rest = String(text[text.index(after: colon)...]).trimmedSpaces
        let variants = lesson.setup?.variants.map(\.variant) ?? []
        guard lesson.lab == .race, !variants.isEmpty else {
            throw InputError("'variant ...' lines belong to race lessons (lab: race and variant: lines in the lesson's setup)")
        }
        return (try index(of: reference, in: variants), rest)
    }

    /// The position of the variant `reference` names (see the type's comment).
    static func index(of reference: String, in variants: [RaceVariant]) throws(InputError) -> Int {
        if let number = Int(reference) {
            guard (1...variants.count).contains(number) else {
                throw InputError("variant \(number): this race has variants 1 to \(variants.count)")
            }
            return number - 1
        }
        let name = reference.lowercased()
        if let i = variants.firstIndex(where: { $0.label.lowercased() == name }) { return i }
        let byValue = variants.indices.filter { shortName(of: variants[$0]) == name }
        guard byValue.count == 1 else {
            let names = variants.enumerated().map { "\($0.offset + 1) '\($0.element.label)'" }.joined(separator: ", ")
            throw InputError("variant '\(reference)': \(byValue.isEmpty ? "no such variant" : "more than one variant has that name") (the variants: \(names))")
        }
        return byValue[0]
    }

    /// `adam` for the label `optimizer=adam`; nil for a label of several settings.
    package static func shortName(of variant: RaceVariant) -> String? {
        guard !variant.label.contains(","), let equals = variant.label.firstIndex(of: "=") else { return nil }
        return String(variant.label[variant.label.index(after: equals)...]).trimmedSpaces.lowercased()
    }

    /// Refuses `variant:` lines outside a race lesson, a race lesson without 2 to 4 of
    /// them and two variants with the same label.
    static func checkSetup(of lesson: Lesson) throws(InputError) {
        let variants = lesson.setup?.variants ?? []
        if lesson.lab == .race {
            guard RaceState.variantCounts.contains(variants.count) else {
                throw lesson.error("a race lesson's setup has 2 to 4 'variant:' lines (variant: optimizer=adam), not \(variants.count)",
                                   line: lesson.setup?.line ?? 1)
            }
            for (i, v) in variants.enumerated() where variants[..<i].contains(where: { $0.variant.label == v.variant.label }) {
                throw lesson.error("variant '\(v.variant.label)' is given twice", line: v.line)
            }
        } else if let first = variants.first {
            throw lesson.error("'variant:' lines belong to race lessons (add 'lab: race')", line: first.line)
        }
    }

    /// The refusal of a `variant:` line in a step's setup: a race's variants are the lesson's.
    static func variantInStep(_ variant: LessonSetup.Variant, lesson: Lesson) -> InputError {
        lesson.error("a race's variants are the lesson's: put 'variant:' lines in the introduction's setup",
                     line: variant.line)
    }
}

extension Lesson {
    /// The race of step `index`: each `variant:` line applied over the step's resolved
    /// `setup`, checked like any setup; errors point at the variant's line.
    package func raceVariants(over setup: LessonStepSetup, data: LessonData) throws(InputError)
        -> [(name: String, config: TrainingConfig)] {
        var result: [(name: String, config: TrainingConfig)] = []
        for line in self.setup?.variants ?? [] {
            do throws(InputError) {
                let config = try setup.config.applying(line.variant.changes, problem: data.problem(of:))
                try config.validate(for: data.problem(of: config.dataset))
                result.append((line.variant.label, config))
            } catch {
                throw self.error("variant '\(line.variant.label)': \(error.message)", line: line.line)
            }
        }
        return result
    }
}

extension LessonGoal {
    /// The goal as one line, in a race lesson with each condition's variant:
    /// `variant 2 (optimizer=adam): test-accuracy >= 0.95 within 40 epochs` (else `text`).
    package func text(in lesson: Lesson) -> String {
        let labels = lesson.setup?.variants.map(\.variant.label) ?? []
        let all = conditions.map { line in
            line.variant.map { i in
                "variant \(i + 1)" + (labels.indices.contains(i) ? " (\(labels[i])): " : ": ") + line.condition.text
            } ?? line.condition.text
        }.joined(separator: " and ")
        return withinEpochs.map { "\(all) within \($0) epochs" } ?? all
    }
}
