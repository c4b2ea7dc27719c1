/// The value types and maths shared by the core and both builds of the kernels
/// (activations, output heads, losses, problems, `VectorMath`, `PlatformMath`) are
/// part of the core's interface: `import NNCore` brings them along.
@_exported import NNPrimitives
