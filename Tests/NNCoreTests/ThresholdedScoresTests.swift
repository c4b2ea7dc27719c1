import Testing
@testable import NNCore

/// The decision threshold on eight hand-made scores, counted by hand.
@Suite struct ThresholdedScoresTests {
    //                     class 1: 0.9  0.8  0.6  0.35       class 0: 0.7  0.4  0.2  0.1
    static let scores = ThresholdedScores(scores: [0.9, 0.8, 0.6, 0.35, 0.7, 0.4, 0.2, 0.1],
                                          labels: [1, 1, 1, 1, 0, 0, 0, 0])

    /// t = 0.5: called 1 are 0.9, 0.8, 0.6 (hits) and 0.7 (false alarm): TP 3, FN 1, FP 1, TN 3.
    /// t = 0.3: 0.35 and 0.4 join: TP 4, FN 0, FP 2, TN 2. Lower t, higher recall, lower precision.
    @Test func theConfusionMatrixFollowsTheThreshold() {
        let half = ThresholdedScoresTests.scores.confusion(at: 0.5)
        #expect(half.truePositives == 3 && half.falseNegatives == 1 && half.falsePositives == 1 && half.trueNegatives == 3)
        let low = ThresholdedScoresTests.scores.confusion(at: 0.3)
        #expect(low.truePositives == 4 && low.falseNegatives == 0 && low.falsePositives == 2 && low.trueNegatives == 2)
        // A score equal to the threshold is called class 1.
        #expect(ThresholdedScoresTests.scores.confusion(at: 0.6).truePositives == 3)
    }

    /// The ROC point moves from (1/4, 3/4) at 0.5 to (2/4, 4/4) at 0.3, and at every
    /// threshold that is a score it is one of `ROCCurve`'s points.
    @Test func theROCPointFollowsTheThresholdAlongTheCurve() throws {
        let at05 = try #require(ThresholdedScoresTests.scores.rocPoint(at: 0.5))
        #expect(at05.falsePositiveRate == 0.25 && at05.truePositiveRate == 0.75)
        let at03 = try #require(ThresholdedScoresTests.scores.rocPoint(at: 0.3))
        #expect(at03.falsePositiveRate == 0.5 && at03.truePositiveRate == 1)
        let curve = ROCCurve(scores: ThresholdedScoresTests.scores.scores, labels: ThresholdedScoresTests.scores.labels)
        for point in curve.points.dropFirst() {
            let mine = try #require(ThresholdedScoresTests.scores.rocPoint(at: point.threshold))
            #expect(mine == point)
        }
    }

    @Test func oneClassHasNoROCPoint() {
        #expect(ThresholdedScores(scores: [0.2, 0.9], labels: [1, 1]).rocPoint(at: 0.5) == nil)
    }
}
