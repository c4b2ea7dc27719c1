/// Where the network diagram's parts go inside its box: the node size (thumbnails
/// from 10×5 down to 2×1 cells, or single-cell dots), the columns, and which nodes are
/// shown. The largest thumbnails that leave room for readable links win; when even
/// dots do not fit, links go, then the surplus neurons of tall layers ("+k").
/// Inactive features take one row each, so the active ones stay close together.
struct NetworkGeometry: Equatable {
    /// Rows above the nodes: captions and the +/− buttons.
    static let headerRows = 2
    /// Candidate node sizes (columns × rows), largest first; 1×1 is a plain dot.
    static let nodeSizes = [Size(width: 10, height: 5), Size(width: 8, height: 4), Size(width: 6, height: 3),
                            Size(width: 4, height: 2), Size(width: 2, height: 1), Size(width: 1, height: 1)]
    /// The narrowest gap (columns) between node columns that still shows links clearly.
    static let thumbnailGap = 5
    static let dotGap = 3

    let interior: Rect
    let body: Rect
    let node: Size
    let spacing: Int
    let gap: Int
    let labelWidth: Int
    let drawsLinks: Bool
    /// Left column of each node column: inputs, hidden layers…, outputs.
    let columnX: [Int]
    /// Per column, the rectangles of the nodes shown (inputs: the node part only).
    let nodes: [[Rect]]
    /// Per column, how many nodes did not fit (shown as "+k").
    let hidden: [Int]

    var usesThumbnails: Bool { node.width > 1 }

    init(model: NetworkViewModel, interior: Rect) {
        self.init(inputLabels: model.inputs.map(\.label), active: model.inputs.map(\.isActive),
                  layerCounts: model.layers.map(\.count), interior: interior)
    }

    /// The geometry from the network's shape alone: the input column's labels and which
    /// of them are active, and the neurons of each layer (hidden…, output).
    init(inputLabels: [String], active: [Bool], layerCounts: [Int], interior: Rect) {
        self.interior = interior
        let body = interior.droppingTop(NetworkGeometry.headerRows)
        self.body = body
        let counts = [inputLabels.count] + layerCounts
        let columns = counts.count, gaps = max(1, columns - 1)
        let labelWidth = min(6, inputLabels.map(\.count).max() ?? 0)
        self.labelWidth = labelWidth
        /// Rows each column needs with nodes of `size`.
        func rows(_ size: Size, spacing: Int) -> [Int] {
            let inputRows = active.reduce(0) { $0 + ($1 ? size.height : 1) } + max(0, active.count - 1) * spacing
            return [inputRows] + counts.dropFirst().map { $0 * size.height + max(0, $0 - 1) * spacing }
        }
        var picked = (node: Size(width: 1, height: 1), spacing: 0, gap: 1, links: false)
        for size in NetworkGeometry.nodeSizes {
            let isDot = size.width == 1
            let spacing = isDot && (rows(size, spacing: 1).max() ?? 0) > body.height ? 0 : 1
            let gap = (interior.width - labelWidth - 1 - size.width * columns) / gaps
            let fits = (rows(size, spacing: spacing).max() ?? 0) <= body.height
            if fits && gap >= (isDot ? NetworkGeometry.dotGap : NetworkGeometry.thumbnailGap) {
                picked = (size, spacing, gap, true)
                break
            }
            if isDot { picked = (size, spacing, max(1, gap), gap >= 2) }
        }
        node = picked.node
        spacing = picked.spacing
        gap = min(picked.gap, 16)
        drawsLinks = picked.links
        let used = labelWidth + 1 + node.width * columns + gap * gaps
        var x = interior.x + max(0, (interior.width - used) / 2) + labelWidth + 1
        var columnX: [Int] = []
        for _ in 0..<columns {
            columnX.append(x)
            x += node.width + gap
        }
        self.columnX = columnX
        // Lay out each column, centred on the tallest; cut columns that do not fit.
        let needed = rows(node, spacing: spacing)
        let blockRows = min(body.height, needed.max() ?? 0)
        var placed: [[Rect]] = [], cut: [Int] = []
        let size = node, gapRows = spacing
        for c in 0..<columns {
            let heights = c == 0 ? active.map { $0 || size.height == 1 ? size.height : 1 }
                                 : [Int](repeating: size.height, count: counts[c])
            var shown = heights.count
            func extent(_ n: Int) -> Int {
                heights.prefix(n).reduce(0, +) + max(0, n - 1) * gapRows + (n < heights.count ? 1 + gapRows : 0)
            }
            while shown > 0 && extent(shown) > body.height { shown -= 1 }
            var y = body.y + max(0, (blockRows - extent(shown)) / 2)
            var rects: [Rect] = []
            for i in 0..<shown {
                rects.append(Rect(x: columnX[c], y: y, width: size.width, height: heights[i]))
                y += heights[i] + gapRows
            }
            placed.append(rects)
            cut.append(heights.count - shown)
        }
        nodes = placed
        hidden = cut
    }

    /// The dot (in a braille grid laid over `body`) where links leave or enter `rect`.
    func anchor(_ rect: Rect, leaving: Bool) -> (x: Int, y: Int) {
        let x = leaving ? (rect.maxX - body.x) * 2 : (rect.x - body.x) * 2 - 1
        let y = (rect.y - body.y) * 4 + (rect.height * 4) / 2 - (rect.height == 1 ? 1 : 0)
        return (x, y)
    }

    /// Where the "+k" note of column c goes (below its last shown node).
    func overflowRect(column c: Int) -> Rect? {
        guard hidden[c] > 0 else { return nil }
        let y = nodes[c].last.map { $0.maxY + spacing } ?? body.y
        return Rect(x: columnX[c] - 1, y: y, width: node.width + 3, height: 1)
    }
}
