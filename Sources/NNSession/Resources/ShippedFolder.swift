/// A folder that ships with nnplay (`datasets/`, `lessons/`), found by
/// `ResourceLocator` wherever nnplay runs from.
package protocol ShippedFolder {
    /// The folder's name wherever it is installed.
    static var folderName: String { get }
    init(path: String)
}

extension ShippedFolder {
    /// The folder `locator` finds, or nil when it is nowhere to be found.
    package init?(locator: ResourceLocator) {
        guard let path = locator.directory(named: Self.folderName) else { return nil }
        self.init(path: path)
    }
}
