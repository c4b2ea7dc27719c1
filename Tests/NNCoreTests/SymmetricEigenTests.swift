import Testing
@testable import NNCore

@Suite struct SymmetricEigenTests {
    @Test func twoByTwoByHand() {
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3, eigenvectors (1, −1)/√2 and (1, 1)/√2.
        let (values, vectors) = SymmetricEigen.decompose([[2, 1], [1, 2]])
        #expect(Set(values.map { ($0 * 1e12).rounded() / 1e12 }) == [1, 3])
        let k = values[0] > values[1] ? 0 : 1
        #expect(abs(abs(vectors[0][k]) - 0.5.squareRoot()) < 1e-15 && vectors[0][k] * vectors[1][k] > 0)
    }

    @Test func reconstructsARandomSymmetricMatrix() {
        var random = RandomSource(seed: 9)
        let n = 10
        var a = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n { for j in i..<n { a[i][j] = random.uniform(-1, 1); a[j][i] = a[i][j] } }
        let (values, b) = SymmetricEigen.decompose(a)
        for i in 0..<n {
            for j in 0..<n {
                var rebuilt = 0.0, identity = 0.0
                for k in 0..<n {
                    rebuilt += b[i][k] * values[k] * b[j][k]
                    identity += b[k][i] * b[k][j]
                }
                #expect(abs(rebuilt - a[i][j]) < 1e-12)
                #expect(abs(identity - (i == j ? 1 : 0)) < 1e-12)
            }
        }
    }
}
