import NNCore

/// Columns of the plain-text reports and listings, built on the core's padding
/// helpers (`String+Padding`): a column always ends (or, right-aligned, starts) with
/// at least one space, so neighbouring columns never run together.
extension String {
    /// The string padded to `width` characters, with at least one space after it.
    func column(_ width: Int) -> String {
        padded(to: width - 1) + " "
    }

    /// The string right-aligned in `width` characters, with at least one space before it.
    func rightColumn(_ width: Int) -> String {
        " " + padded(left: width - 1)
    }
}
