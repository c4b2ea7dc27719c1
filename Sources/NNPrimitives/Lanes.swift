/// Eight doubles processed together: the lane width of every hot kernel.
package typealias Lanes = SIMD8<Double>
