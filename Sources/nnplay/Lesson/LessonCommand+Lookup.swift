import NNSession

extension LessonCommand {
    /// The lesson named on the command line (an id, a file name or a path) with the
    /// student's progress in it; with no name, prints the list of lessons and returns nil.
    static func lessonOrList(_ name: String?, locator: ResourceLocator,
                             store: LessonProgressStore) throws -> (file: String, lesson: Lesson, loaded: LessonProgressStore.Loaded)? {
        guard let name else {
            print(try LessonListCommand.listing(locator: locator, store: store))
            return nil
        }
        let file = try LessonFolder.resolve(name, folder: LessonFolder(locator: locator))
        let lesson = try LessonParser.read(file)
        return (file, lesson, store.load(for: lesson))
    }
}
