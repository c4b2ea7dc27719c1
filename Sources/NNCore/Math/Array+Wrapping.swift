/// Cycling round a list: the one rule for every key that steps through choices and
/// starts again at the other end (settings, inspector views, sets, neuron pairs).
extension Array {
    /// The element at `index` taken round the array: −1 is the last, `count` the first.
    /// The array must not be empty.
    package subscript(wrapping index: Int) -> Element {
        self[(index % count + count) % count]
    }
}

extension Array where Element: Equatable {
    /// The element `steps` places after `element` (before it, for negative steps),
    /// wrapping round the ends; counted from the first element when `element` is not in
    /// the array. The array must not be empty.
    package func element(after element: Element, wrapping steps: Int) -> Element {
        self[wrapping: (firstIndex(of: element) ?? 0) + steps]
    }
}
