import Foundation

/// Compiled regular expressions shared by rules (compiled once: NSRegularExpression is slow to build on Linux).
struct TextPattern: @unchecked Sendable {
    // @unchecked: NSRegularExpression is immutable after creation and documented as thread-safe for matching.
    let expression: NSRegularExpression?

    init(_ pattern: String, caseInsensitive: Bool = false) {
        expression = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    func matches(_ text: String) -> Bool {
        guard let expression else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Every match, as ranges of `text`.
    func ranges(in text: String) -> [Range<String.Index>] {
        guard let expression else { return [] }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text) }
    }

    /// `text` with every match replaced by a space.
    func removing(from text: String) -> String {
        guard let expression else { return text }
        return expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: " ")
    }
}

extension String {
    /// The column offset of `range` from the start, for pointing a finding inside a sentence.
    func offset(of range: Range<String.Index>) -> Int {
        distance(from: startIndex, to: range.lowerBound)
    }
}
