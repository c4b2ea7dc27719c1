import Foundation
import Testing
@testable import NNCore

/// |a − b| within `tolerance` (the scores are ratios of small integers, so 1e-12 is generous).
private func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    (a - b).magnitude <= tolerance
}

/// Builds a matrix cell by cell from a table of counts, through `add`.
private func matrix(_ table: [[Int]]) -> ConfusionMatrix {
    var m = ConfusionMatrix(classes: table.count)
    for (actual, row) in table.enumerated() {
        for (predicted, n) in row.enumerated() {
            for _ in 0..<n { m.add(actual: actual, predicted: predicted) }
        }
    }
    return m
}

@Suite struct ConfusionMatrixTests {
    /// The issue's case: y = [0, 1, 0, 1], ŷ = [1, 1, 1, 0].
    /// Pairs (y, ŷ): (0,1) fp, (1,1) tp, (0,1) fp, (1,0) fn → tn 0, fp 2, fn 1, tp 1.
    /// accuracy 1/4; precision 1/(1+2) = 1/3; recall 1/(1+1) = 1/2; F1 = 2/(2+2+1) = 0.4;
    /// MCC = (1·0 − 2·1)/√((1+2)(1+1)(0+2)(0+1)) = −2/√12 = −0.5773502691896258.
    @Test func binaryHandCheckedCase() {
        let m = ConfusionMatrix(actual: [0, 1, 0, 1], predicted: [1, 1, 1, 0], classes: 2)
        #expect(m.counts == [[0, 2], [1, 1]])
        #expect(m.trueNegatives == 0)
        #expect(m.falsePositives == 2)
        #expect(m.falseNegatives == 1)
        #expect(m.truePositives == 1)
        #expect(m.total == 4)
        #expect(m.accuracy == 0.25)
        #expect(close(m.precision(of: 1), 1.0 / 3))
        #expect(m.recall(of: 1) == 0.5)
        #expect(close(m.f1(of: 1), 0.4))
        #expect(close(m.matthewsCorrelation, -0.5773502691896258))
        #expect(close(m.matthewsCorrelation, -2 / 12.0.squareRoot()))
        // Class 0 has tp 0, so its precision, recall and F1 are all 0 (all defined here).
        #expect(m.precision(of: 0) == 0 && m.recall(of: 0) == 0 && m.f1(of: 0) == 0)
        #expect(close(m.macroF1, 0.2))
    }

    /// Rows = actual, columns = predicted:
    ///
    ///           p0 p1 p2 | t
    ///     a0  [  3, 1, 1 ] 5
    ///     a1  [  0, 2, 1 ] 3
    ///     a2  [  1, 0, 1 ] 2
    ///     p      4  3  3   s = 10, trace c = 6
    ///
    /// precision = diag / column: 3/4, 2/3, 1/3      → macro (0.75 + 2/3 + 1/3)/3 = 7/12
    /// recall    = diag / row:    3/5, 2/3, 1/2      → macro (0.6 + 2/3 + 0.5)/3  = 53/90
    /// F1 = 2tp/(2tp+fp+fn): 6/(6+1+2) = 2/3, 4/(4+1+1) = 2/3, 2/(2+2+1) = 2/5 → macro 26/45
    /// Gorodkin: c·s − Σ pₖtₖ = 60 − (4·5 + 3·3 + 3·2) = 25;
    ///           s² − Σ pₖ² = 100 − 34 = 66; s² − Σ tₖ² = 100 − 38 = 62;
    ///           MCC = 25/√(66·62) = 25/√4092 ≈ 0.3908158746754515.
    @Test func threeClassHandCheckedCase() {
        let m = matrix([[3, 1, 1], [0, 2, 1], [1, 0, 1]])
        #expect(m.total == 10)
        #expect(close(m.accuracy, 0.6))
        let precisions = [0.75, 2.0 / 3, 1.0 / 3], recalls = [0.6, 2.0 / 3, 0.5], f1s = [2.0 / 3, 2.0 / 3, 0.4]
        for k in 0..<3 {
            #expect(close(m.precision(of: k), precisions[k]), "precision of \(k)")
            #expect(close(m.recall(of: k), recalls[k]), "recall of \(k)")
            #expect(close(m.f1(of: k), f1s[k]), "F1 of \(k)")
        }
        #expect(close(m.macroPrecision, 7.0 / 12))
        #expect(close(m.macroRecall, 53.0 / 90))
        #expect(close(m.macroF1, 26.0 / 45))
        #expect(close(m.matthewsCorrelation, 25 / 4092.0.squareRoot()))
        #expect(close(m.matthewsCorrelation, 0.3908158746754515))
        // One-vs-rest MCC = (tp·tn − fp·fn)/√((tp+fp)(tp+fn)(tn+fp)(tn+fn)):
        // class 0: tp 3, fn 2, fp 1, tn 4 → 10/√600; class 1: tp 2, fn 1, fp 1, tn 6 → 11/21;
        // class 2: tp 1, fn 1, fp 2, tn 6 → 4/√336.
        #expect(close(m.matthewsCorrelation(of: 0), 10 / 600.0.squareRoot()))
        #expect(close(m.matthewsCorrelation(of: 1), 11.0 / 21))
        #expect(close(m.matthewsCorrelation(of: 2), 4 / 336.0.squareRoot()))
    }

    /// For K > 2 the shorthands are class 1 against the rest: in the matrix above
    /// tp = 2, fp = column 1 − tp = 1, fn = row 1 − tp = 1, tn = 10 − 4 = 6.
    @Test func binaryShorthandsAreOneVsRestForMoreClasses() {
        let m = matrix([[3, 1, 1], [0, 2, 1], [1, 0, 1]])
        #expect(m.truePositives == 2)
        #expect(m.falsePositives == 1)
        #expect(m.falseNegatives == 1)
        #expect(m.trueNegatives == 6)
    }

    /// For K == 2 Gorodkin's formula is the textbook MCC; check it on a few tables.
    @Test func gorodkinMatchesBinaryFormula() {
        for table in [[[5, 1], [2, 7]], [[0, 3], [4, 1]], [[10, 0], [0, 3]], [[2, 9], [6, 1]]] {
            let m = matrix(table)
            let tn = Double(table[0][0]), fp = Double(table[0][1])
            let fn = Double(table[1][0]), tp = Double(table[1][1])
            let expected = (tp * tn - fp * fn) / ((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)).squareRoot()
            #expect(close(m.matthewsCorrelation, expected), "\(table)")
        }
        #expect(matrix([[4, 0], [0, 4]]).matthewsCorrelation == 1)
        #expect(matrix([[0, 4], [4, 0]]).matthewsCorrelation == -1)
    }

    @Test func emptyMatrixScoresZeroEverywhere() {
        for k in [2, 3, 6] {
            let m = ConfusionMatrix(classes: k)
            #expect(m.total == 0)
            #expect(m.accuracy == 0)
            #expect(m.matthewsCorrelation == 0)
            #expect(m.macroPrecision == 0 && m.macroRecall == 0 && m.macroF1 == 0)
            for c in 0..<k {
                #expect(m.precision(of: c) == 0 && m.recall(of: c) == 0 && m.f1(of: c) == 0)
            }
            #expect(m.truePositives == 0 && m.falsePositives == 0)
            #expect(m.trueNegatives == 0 && m.falseNegatives == 0)
        }
    }

    /// Everything is class 1 and predicted 1: perfect, but MCC is undefined (no
    /// spread) and reported as 0. Class 0 never occurs, so the macro averages skip it.
    @Test func allOneClassPredictedRight() {
        let m = ConfusionMatrix(actual: [1, 1, 1], predicted: [1, 1, 1], classes: 2)
        #expect(m.accuracy == 1)
        #expect(m.precision(of: 1) == 1 && m.recall(of: 1) == 1 && m.f1(of: 1) == 1)
        #expect(m.precision(of: 0) == 0 && m.recall(of: 0) == 0 && m.f1(of: 0) == 0)
        #expect(m.macroPrecision == 1 && m.macroRecall == 1 && m.macroF1 == 1)
        #expect(m.matthewsCorrelation == 0)
        #expect(m.trueNegatives == 0 && m.truePositives == 3)
    }

    /// A majority-class predictor: y = [0, 0, 1, 1], ŷ all 0. Precision of class 1 is
    /// 0/0 → 0; precision of class 0 is 2/4, so the macro precision is 0.25; MCC 0.
    @Test func alwaysPredictingOneClass() {
        let m = ConfusionMatrix(actual: [0, 0, 1, 1], predicted: [0, 0, 0, 0], classes: 2)
        #expect(m.accuracy == 0.5)
        #expect(m.precision(of: 1) == 0 && m.recall(of: 1) == 0 && m.f1(of: 1) == 0)
        #expect(m.precision(of: 0) == 0.5 && m.recall(of: 0) == 1)
        #expect(m.macroPrecision == 0.25)
        #expect(m.matthewsCorrelation == 0)
        #expect(!m.matthewsCorrelation.isNaN && !m.macroF1.isNaN)
    }

    @Test func addingOneByOneEqualsBuildingFromArrays() {
        let actual = [0, 2, 1, 1, 0, 2, 2], predicted = [0, 1, 1, 2, 0, 2, 0]
        var m = ConfusionMatrix(classes: 3)
        for (a, p) in zip(actual, predicted) { m.add(actual: a, predicted: p) }
        #expect(m == ConfusionMatrix(actual: actual, predicted: predicted, classes: 3))
        #expect(m.actualCount(of: 2) == 3 && m.predictedCount(of: 0) == 3)
    }

    @Test func codableRoundTripAndValidation() throws {
        let m = matrix([[3, 1, 1], [0, 2, 1], [1, 0, 1]])
        let data = try JSONEncoder().encode(m)
        #expect(try JSONDecoder().decode(ConfusionMatrix.self, from: data) == m)
        for bad in [#"{"classes":2,"counts":[[1,2],[3]]}"#,
                    #"{"classes":1,"counts":[[1]]}"#,
                    #"{"classes":2,"counts":[[1,-2],[3,4]]}"#,
                    #"{"classes":3,"counts":[[1,2],[3,4]]}"#] {
            #expect(throws: DecodingError.self) {
                try JSONDecoder().decode(ConfusionMatrix.self, from: Data(bad.utf8))
            }
        }
    }
}
