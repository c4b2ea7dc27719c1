/// Whether a step has a goal, whichever screen runs it: a playground step's own
/// `goal`, or the goal its lab reads in its own vocabulary (landscape, curves). One
/// rule for `LessonSession` (a step without a goal opens the next one at once).
extension Lesson {
    package func hasGoal(step index: Int) -> Bool {
        steps[index].goal != nil || landscape?.steps[index].goal != nil || curves?.steps[index].goal != nil
    }
}
