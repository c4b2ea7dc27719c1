import NNCore
import NNSession

/// Something on the curve lab's screen a click means (`CurvesScreen.hits`).
package enum CurvesHit: Equatable, Sendable {
    /// A row of the controls panel: focuses it; on the focused row, one rung up.
    case control(CurvesControl)
    /// The `‹` of the focused row: one rung down.
    case lower(CurvesControl)
    /// A degree's column of the error-by-degree view: that degree.
    case degree(Int)
    /// A λ's column of the error-by-λ view: that λ.
    case ridge(Double)
    /// The lesson pane: the wheel scrolls its text.
    case lessonText
}

/// A rectangle of the curve lab's screen and what clicking in it means.
package struct CurvesHitRegion: Equatable, Sendable {
    package var rect: Rect
    package var target: CurvesHit

    package init(rect: Rect, target: CurvesHit) {
        self.rect = rect
        self.target = target
    }
}

extension Array where Element == CurvesHitRegion {
    /// The target under (column, row): the last region listed there wins.
    package func target(column: Int, row: Int) -> CurvesHit? {
        last { $0.rect.contains(column: column, row: row) }?.target
    }
}
