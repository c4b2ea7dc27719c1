import Testing
@testable import NNCore

/// Three steps of every optimizer compared with real PyTorch, bit for bit.
///
/// Produced with PyTorch 2.15.0 (CPU, AVX2 build), float64, by this script:
///
///     import torch
///     torch.set_default_dtype(torch.float64)
///     grads = [[0.5, -0.25], [-0.3, 0.8], [0.1, 0.2]]
///     def run(make):
///         w = torch.nn.Parameter(torch.tensor([1.0])); b = torch.nn.Parameter(torch.tensor([-2.0]))
///         opt = make([w, b])
///         for g in grads:
///             w.grad = torch.tensor([g[0]]); b.grad = torch.tensor([g[1]])
///             opt.step(); print(repr(w.item()), repr(b.item()))
///     run(lambda ps: torch.optim.SGD(ps, lr=0.1))
///     run(lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9))
///     run(lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9, nesterov=True))
///     run(lambda ps: torch.optim.Adagrad(ps, lr=0.1))
///     run(lambda ps: torch.optim.RMSprop(ps, lr=0.01))
///     run(lambda ps: torch.optim.Adam(ps, lr=0.001))
///     run(lambda ps: torch.optim.AdamW([{"params": [ps[0]], "weight_decay": 0.1},
///                                       {"params": [ps[1]], "weight_decay": 0.0}], lr=0.1))
///
/// PyTorch's CPU kernels fuse `add_(alpha=)`, `addcmul_` and `lerp_` into fused
/// multiply-adds; we do the same. (On long vectors PyTorch's vectorised `sqrt` is not
/// correctly rounded, so there the results can differ by an ulp now and then; these
/// two-element tensors take its scalar path, whose `sqrt` is exact like ours.)
@Suite struct OptimizerPyTorchTests {
    let gradients: [[Double]] = [[0.5, -0.25], [-0.3, 0.8], [0.1, 0.2]]

    func trajectory(_ config: OptimizerConfig, learningRate: Double) -> [[Double]] {
        var optimizer = Optimizer(config: config, isWeight: [true, false])
        var p = [1.0, -2.0]
        return gradients.map { g in
            optimizer.update(parameters: &p, gradient: g, learningRate: learningRate)
            return p
        }
    }

    @Test func sgd() {
        #expect(trajectory(OptimizerConfig(kind: .sgd), learningRate: 0.1)
            == [[0.95, -1.975], [0.98, -2.055], [0.97, -2.075]])
    }

    @Test func momentum() {
        #expect(trajectory(OptimizerConfig(kind: .momentum, momentum: 0.9), learningRate: 0.1)
            == [[0.95, -1.975], [0.9349999999999999, -2.0325], [0.9115, -2.1042500000000004]])
    }

    @Test func nesterov() {
        #expect(trajectory(OptimizerConfig(kind: .nesterov, momentum: 0.9), learningRate: 0.1)
            == [[0.905, -1.9525], [0.9215, -2.08425], [0.89035, -2.168825]])
    }

    @Test func adagrad() {
        #expect(trajectory(OptimizerConfig(kind: .adagrad), learningRate: 0.1)
            == [[0.90000000002, -1.90000000004],
                [0.9514495755539292, -1.995447997832115],
                [0.9345464904622159, -2.0186583519568475]])
    }

    @Test func rmsprop() {
        #expect(trajectory(OptimizerConfig(kind: .rmsprop), learningRate: 0.01)
            == [[0.900000019999996, -1.9000000399999841],
                [0.9516397890605408, -1.9954905138314571],
                [0.9345930303571177, -2.018821266456125]])
    }

    @Test func adam() {
        #expect(trajectory(OptimizerConfig(kind: .adam), learningRate: 0.001)
            == [[0.99900000002, -1.99900000004],
                [0.9988085019894177, -1.9995105247757339],
                [0.9985545368061637, -2.0000427208237372]])
    }

    @Test func adamw() {
        #expect(trajectory(OptimizerConfig(kind: .adamw, weightDecay: 0.1), learningRate: 0.1)
            == [[0.890000002, -1.9000000039999998],
                [0.8619501989217752, -1.9510524775734084],
                [0.8279341786071506, -2.0042720823737254]])
    }
}
