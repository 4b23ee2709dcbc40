import Foundation

/// Adam, the usual settings: steps every parameter by its own running scale, so rare words learn as fast as common ones.
struct Adam {
    private var first: [Double]
    private var second: [Double]
    private var steps = 0

    init(count: Int) {
        first = [Double](repeating: 0, count: count)
        second = [Double](repeating: 0, count: count)
    }

    mutating func step(gradient: [Double], rate: Double, apply: (Int, Double) -> Void) {
        steps += 1
        let (beta1, beta2) = (0.9, 0.999)
        let correction1 = 1 - pow(beta1, Double(steps)), correction2 = 1 - pow(beta2, Double(steps))
        for index in gradient.indices {
            first[index] = beta1 * first[index] + (1 - beta1) * gradient[index]
            second[index] = beta2 * second[index] + (1 - beta2) * gradient[index] * gradient[index]
            apply(index, rate * (first[index] / correction1) / ((second[index] / correction2).squareRoot() + 1e-8))
        }
    }
}
