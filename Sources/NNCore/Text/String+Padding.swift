extension String {
    /// The text cut to `width` characters, ending in `…` (after no space) when something
    /// was cut: the one rule for every table and panel that must fit a column.
    package func truncated(to width: Int) -> String {
        guard count > width else { return self }
        guard width > 1 else { return String(prefix(max(0, width))) }
        var kept = String(prefix(width - 1))
        while kept.last == " " { kept.removeLast() }
        return kept + "…"
    }

    /// The text padded with spaces on the right to `width` characters (longer text is kept whole).
    package func padded(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }

    /// The text padded with spaces on the left to `width` characters (longer text is kept whole).
    package func padded(left width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }

    /// The text padded to `width` characters, with at least one space after it: a table
    /// column that never runs into its neighbour.
    package func column(_ width: Int) -> String {
        padded(to: width - 1) + " "
    }

    /// The text right-aligned in `width` characters, with at least one space before it.
    package func rightColumn(_ width: Int) -> String {
        " " + padded(left: width - 1)
    }
}
