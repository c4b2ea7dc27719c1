import NNCore

extension CurveLesson {
    /// Every step's settings, in order (`nnplay lesson ID` resolves them all before the
    /// lab opens, so a broken step is refused with its line before the screen takes over).
    package func resolvedSettings(_ lesson: Lesson) throws(InputError) -> [CurveLabSettings] {
        var result: [CurveLabSettings] = []
        for index in steps.indices {
            do throws(InputError) { result.append(try settings(ofStep: index)) } catch {
                throw lesson.error(error.message, line: steps[index].setupLine ?? lesson.steps[index].line)
            }
        }
        return result
    }

    /// The commands that turn any curve lab into a fresh lab on `target`, as the controls
    /// would: paused, every setting (the target first, as it brings its own noise; the
    /// optimizer before its learning rate), then descent and network restarted, so the
    /// step begins where `nnplay lesson check` begins it (`CurveLab(settings:)`).
    package static func entryCommands(to target: CurveLabSettings) -> [CurveLabCommand] {
        [.pause, .setTarget(target.target), .setNoise(target.noise), .setPoints(target.points), .setSeed(target.seed),
         .setDegree(target.degree), .setL2(target.l2), .setOptimizer(target.optimizer.kind),
         .setLearningRate(target.optimizer.learningRate), .setHidden(target.hidden), .setActivation(target.activation),
         .reset]
    }
}
