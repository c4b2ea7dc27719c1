/// Something on the digits screen a click can mean.
package enum DigitsHitTarget: Equatable, Sendable {
    case padCell(row: Int, column: Int)
    /// Row `index` of the most-confused list.
    case pair(Int)
    case control(ControlID)
    case gallery
}

/// A rectangle of the digits screen and what a click in it means.
package struct DigitsHitRegion: Equatable, Sendable {
    package var rect: Rect
    package var target: DigitsHitTarget

    package init(rect: Rect, target: DigitsHitTarget) {
        self.rect = rect
        self.target = target
    }
}
