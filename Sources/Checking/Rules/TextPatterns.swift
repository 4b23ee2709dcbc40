import Foundation
import FellowshipSupport

/// The rules' patterns: compiled once, shared safely (see ``CompiledPattern``).
typealias TextPattern = CompiledPattern

extension CompiledPattern {
    /// `text` with every match replaced by a space.
    func removing(from text: String) -> String {
        replacing(in: text, with: " ")
    }
}

extension String {
    /// The column offset of `range` from the start, for pointing a finding inside a sentence.
    func offset(of range: Range<String.Index>) -> Int {
        distance(from: startIndex, to: range.lowerBound)
    }
}
