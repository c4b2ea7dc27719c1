import Foundation
import Testing
@testable import NNCore

/// The Mann–Whitney statistic by brute force: over every (positive, negative) pair,
/// count 2 for a positive scored higher and 1 for a tie, then divide by 2·P·N.
private func mannWhitney(scores: [Double], labels: [Int]) -> Double {
    var doubled = 0, positives = 0, negatives = 0
    for i in scores.indices where labels[i] == 1 {
        positives += 1
        for j in scores.indices where labels[j] == 0 {
            if scores[i] > scores[j] { doubled += 2 } else if scores[i] == scores[j] { doubled += 1 }
        }
    }
    negatives = labels.count - positives
    return Double(doubled) / (2 * Double(positives) * Double(negatives))
}

private func point(_ fpr: Double, _ tpr: Double, _ threshold: Double) -> ROCPoint {
    ROCPoint(falsePositiveRate: fpr, truePositiveRate: tpr, threshold: threshold)
}

@Suite struct ROCCurveTests {
    @Test func perfectClassifierHasAUCOne() {
        let curve = ROCCurve(scores: [0.1, 0.9, 0.2, 0.8], labels: [0, 1, 0, 1])
        #expect(curve.auc == 1)
        #expect(curve.points == [point(0, 0, .infinity), point(0, 0.5, 0.9), point(0, 1, 0.8),
                                 point(0.5, 1, 0.2), point(1, 1, 0.1)])
    }

    @Test func reversedClassifierHasAUCZero() {
        let curve = ROCCurve(scores: [0.9, 0.1, 0.8, 0.2], labels: [0, 1, 0, 1])
        #expect(curve.auc == 0)
        #expect(curve.points.first == point(0, 0, .infinity))
        #expect(curve.points.last == point(1, 1, 0.1))
    }

    /// One threshold group holding everything: the curve jumps straight to (1, 1).
    @Test func allScoresTiedIsTheDiagonal() {
        let curve = ROCCurve(scores: [0.5, 0.5, 0.5, 0.5, 0.5], labels: [0, 1, 1, 0, 1])
        #expect(curve.auc == 0.5)
        #expect(curve.points == [point(0, 0, .infinity), point(1, 1, 0.5)])
    }

    /// scores [0.9, 0.8, 0.8, 0.6, 0.6, 0.3], labels [1, 1, 0, 1, 0, 0]; P = N = 3.
    /// Groups, highest first: 0.9 {+} → (0, 1/3); 0.8 {+,−} → (1/3, 2/3);
    /// 0.6 {+,−} → (2/3, 1); 0.3 {−} → (1, 1).
    /// Trapezoids: 0 + (1/3)(1/3 + 2/3)/2 + (1/3)(2/3 + 1)/2 + (1/3)(1 + 1)/2
    ///           = 3/18 + 5/18 + 6/18 = 7/9.
    /// Pairs: 0.9 beats 3 negatives (3); 0.8 ties one and beats two (2.5);
    /// 0.6 ties one and beats one (1.5): 7 of 9 pairs — the same 7/9.
    @Test func handComputedCaseWithTies() {
        let scores = [0.9, 0.8, 0.8, 0.6, 0.6, 0.3], labels = [1, 1, 0, 1, 0, 0]
        let curve = ROCCurve(scores: scores, labels: labels)
        #expect(curve.points == [point(0, 0, .infinity), point(0, 1.0 / 3, 0.9), point(1.0 / 3, 2.0 / 3, 0.8),
                                 point(2.0 / 3, 1, 0.6), point(1, 1, 0.3)])
        #expect(curve.auc == 7.0 / 9)
        #expect(mannWhitney(scores: scores, labels: labels) == 7.0 / 9)
    }

    /// 200 samples with many ties (scores on a 1/20 grid), labels leaning with the score.
    @Test func aucEqualsMannWhitneyOnRandomData() {
        var random = RandomSource(seed: 2024)
        var scores: [Double] = [], labels: [Int] = []
        for _ in 0..<200 {
            let s = (random.uniform() * 20).rounded(.down) / 20
            scores.append(s)
            labels.append(random.uniform() < 0.25 + 0.5 * s ? 1 : 0)
        }
        let curve = ROCCurve(scores: scores, labels: labels)
        #expect(curve.auc == mannWhitney(scores: scores, labels: labels))
        #expect(curve.auc > 0.5 && curve.auc < 1)
        // One point per distinct score plus the start; both rates never decrease.
        #expect(curve.points.count == Set(scores).count + 1)
        #expect(curve.points.first == point(0, 0, .infinity))
        #expect(curve.points.last?.falsePositiveRate == 1 && curve.points.last?.truePositiveRate == 1)
        for (a, b) in zip(curve.points, curve.points.dropFirst()) {
            #expect(a.falsePositiveRate <= b.falsePositiveRate && a.truePositiveRate <= b.truePositiveRate)
            #expect(a.threshold > b.threshold)
        }
    }

    @Test func undefinedWhenAClassIsMissingOrAScoreIsNaN() {
        for (scores, labels) in [([0.2, 0.7], [1, 1]), ([0.2, 0.7], [0, 0]), ([], []), ([0.1, .nan], [0, 1])] {
            let curve = ROCCurve(scores: scores, labels: labels)
            #expect(curve.points.isEmpty)
            #expect(curve.auc.isNaN)
        }
        #expect(ROCCurve(scores: [], labels: []) == ROCCurve(scores: [0.3], labels: [1]))
    }

    /// JSON has no NaN or infinity: the +∞ start threshold and an undefined AUC are
    /// written as missing keys and come back intact.
    @Test func jsonRoundTrip() throws {
        for curve in [ROCCurve(scores: [0.9, 0.8, 0.8, 0.6], labels: [1, 0, 1, 0]),
                      ROCCurve(scores: [0.5], labels: [1])] {
            let data = try JSONEncoder().encode(curve)
            #expect(try JSONDecoder().decode(ROCCurve.self, from: data) == curve)
        }
    }
}
