import Testing
@testable import NNCore

@Suite struct ConfusionTableTests {
    /// The issue's binary case (see ConfusionMatrixTests) with index names.
    @Test func twoClassTable() {
        let m = ConfusionMatrix(actual: [0, 1, 0, 1], predicted: [1, 1, 1, 0], classes: 2)
        let expected = #"""
            actual \ predicted      0      1  total
            0                       0      2      2
            1                       1      1      2
            total                   1      3      4

            class               precision     recall         F1    support
            0                       0.000      0.000      0.000          2
            1                       0.333      0.500      0.400          2
            macro average           0.167      0.250      0.200          4

            accuracy 0.250   MCC -0.577
            """#
        #expect(m.formattedTable() == expected)
    }

    /// The hand-checked 3-class matrix (see ConfusionMatrixTests) with names.
    @Test func threeClassTableWithNames() {
        let m = ConfusionMatrix(actual: [0, 0, 0, 0, 0, 1, 1, 1, 2, 2],
                                predicted: [0, 0, 0, 1, 2, 1, 1, 2, 0, 2], classes: 3)
        let expected = #"""
            actual \ predicted      setosa  versicolor   virginica       total
            setosa                       3           1           1           5
            versicolor                   0           2           1           3
            virginica                    1           0           1           2
            total                        4           3           3          10

            class               precision     recall         F1    support
            setosa                  0.750      0.600      0.667          5
            versicolor              0.667      0.667      0.667          3
            virginica               0.333      0.500      0.400          2
            macro average           0.583      0.589      0.578         10

            accuracy 0.600   MCC 0.391
            """#
        #expect(m.formattedTable(classNames: ["setosa", "versicolor", "virginica"]) == expected)
    }

    /// Six classes with long names still fit 80 columns: column headers are cut
    /// with "…", row labels keep up to 18 characters, and no line ends in a space.
    @Test func sixClassesFitEightyColumns() {
        var m = ConfusionMatrix(classes: 6)
        for a in 0..<6 {
            for p in 0..<6 {
                for _ in 0..<(a == p ? 120 : a + p) { m.add(actual: a, predicted: p) }
            }
        }
        let names = ["alpha-centauri", "b", "gamma", "delta-long-name", "e", "a very long class name"]
        let lines = m.formattedTable(classNames: names).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.allSatisfy { $0.last != " " })
        #expect(lines[0] == #"actual \ predicted  alpha…       b   gamma  delta…       e  a ver…   total"#)
        #expect(lines[6].hasPrefix("a very long class…  "))
    }

    /// Missing or empty names fall back to the class index.
    @Test func missingNamesFallBackToIndices() {
        let table = ConfusionMatrix(classes: 3).formattedTable(classNames: ["cat", ""])
        #expect(table.hasPrefix(#"actual \ predicted    cat      1      2  total"#))
        #expect(table.hasSuffix("accuracy 0.000   MCC 0.000"))
    }
}
