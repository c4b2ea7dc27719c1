import Foundation
import NNCore

/// The header of a digits-lab session: the playground's header (configuration, seed,
/// the digits as its `csv` points) under the lab's own `format`.
extension SessionHeader {
    /// A header for a digits session that starts from `lab`.
    package init(digitsLab lab: DigitsLabState, terminal: SessionTerminal? = nil, created: Date = Date()) {
        self.init(state: lab.playground, terminal: terminal, created: created)
        isDigitsLab = true
    }
}
