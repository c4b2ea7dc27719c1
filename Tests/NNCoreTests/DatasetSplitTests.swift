import Testing
@testable import NNCore

/// Shuffling and slicing into training and test points.
@Suite struct DatasetSplitTests {
    /// 500 distinct points (labels 0…499 make every sample unique).
    let samples = (0..<500).map { Sample(x1: Double($0 % 7), x2: Double($0 % 11), label: Double($0)) }

    func split(_ samples: [Sample], ratio: Double, seed: UInt64 = 4) -> DataSplit {
        var random = RandomSource(seed: seed, stream: .shuffling)
        return DataSplit.split(samples, testRatio: ratio, random: &random)
    }

    @Test func sizesRoundTheTrainingShare() {
        let expected: [(ratio: Double, train: Int)] = [(0, 500), (0.1, 450), (0.5, 250), (0.8, 100), (0.9, 50), (1, 0)]
        for (ratio, train) in expected {
            let s = split(samples, ratio: ratio)
            #expect(s.train.count == train, "ratio \(ratio)")
            #expect(s.test.count == 500 - train, "ratio \(ratio)")
        }
        // 7 points at ratio 0.5: round(3.5) = 4 train, 3 test.
        let odd = split(Array(samples.prefix(7)), ratio: 0.5)
        #expect(odd.train.count == 4 && odd.test.count == 3)
        // Out-of-range ratios are clamped, NaN counts as 0.
        #expect(split(samples, ratio: -1).train.count == 500)
        #expect(split(samples, ratio: 2).test.count == 500)
        #expect(split(samples, ratio: .nan).train.count == 500)
        #expect(split([], ratio: 0.5) == DataSplit(train: [], test: []))
    }

    @Test func trainAndTestTogetherArePermutationOfTheInput() {
        for ratio in [0, 0.3, 0.5, 0.9] {
            let s = split(samples, ratio: ratio)
            #expect((s.train + s.test).map(\.label).sorted() == samples.map(\.label))
        }
        // The shuffle really mixes: the training half is not the first half.
        #expect(split(samples, ratio: 0.5).train.map(\.label) != samples.prefix(250).map(\.label))
        #expect(split(samples, ratio: 0).train != samples)
    }

    @Test func splitIsDeterministicPerSeed() {
        #expect(split(samples, ratio: 0.5, seed: 8) == split(samples, ratio: 0.5, seed: 8))
        #expect(split(samples, ratio: 0.5, seed: 8) != split(samples, ratio: 0.5, seed: 9))
        // The shuffle does not depend on the ratio: a larger ratio moves points from train to test.
        let half = split(samples, ratio: 0.5), most = split(samples, ratio: 0.9)
        #expect(Array(half.train.prefix(50)) == most.train)
    }

    /// Generated classes come out in blocks; after the split both halves hold both classes.
    @Test func splitMixesTheClassesOfAGeneratedDataset() {
        var data = RandomSource(seed: 1, stream: .data)
        let circle = DatasetGenerator.generate(.circle, count: 500, noise: 0, classes: 3, random: &data)
        let s = split(circle.samples, ratio: 0.5)
        let trainOnes = s.train.filter { $0.label == 1 }.count
        #expect((100...150).contains(trainOnes))
    }

    /// A validation set comes out of the training part: 500 points at test 0.2 and
    /// validation 0.2 are 300 / 100 / 100, the test set is the one without validation,
    /// and train + validation is the training part without validation, in order.
    @Test func validationComesFromTheTrainingPart() {
        var r1 = RandomSource(seed: 4, stream: .shuffling), r2 = RandomSource(seed: 4, stream: .shuffling)
        let with = DataSplit.split(samples, testRatio: 0.2, validationRatio: 0.2, random: &r1)
        let without = DataSplit.split(samples, testRatio: 0.2, random: &r2)
        #expect(with.train.count == 300 && with.validation.count == 100 && with.test.count == 100)
        #expect(with.test == without.test)
        #expect(with.train + with.validation == without.train)
        #expect(without.validation.isEmpty)
        // Validation never empties the training set.
        var r3 = RandomSource(seed: 4, stream: .shuffling)
        let greedy = DataSplit.split(Array(samples.prefix(10)), testRatio: 0.5, validationRatio: 0.9, random: &r3)
        #expect(greedy.train.count == 1 && greedy.validation.count == 4 && greedy.test.count == 5)
    }
}
