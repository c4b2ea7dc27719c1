import NNCore
@testable import NNTUI
import Testing

/// The panel's rows and the table's reach rule (`Setting.isOnPanel`, which
/// `nnplay lesson check` holds lessons to) agree for every optimizer and dataset kind.
@Suite struct ControlsReachTests {
    @Test(arguments: OptimizerKind.allCases)
    func thePanelShowsExactlyTheRowsTheRuleCounts(optimizer: OptimizerKind) {
        for dataset in [DatasetKind.circle, .blobs] {
            var config = TrainingConfig()
            config.optimizer.kind = optimizer
            config.dataset.kind = dataset
            let shown = Set(ControlID.focusable(for: config, more: ControlID.extraControls).compactMap(\.setting?.key))
            let counted = Set(Settings.all.filter { $0.isOnPanel(for: config) }.map(\.key))
            #expect(shown == counted, "\(optimizer) on \(dataset)")
        }
    }
}
