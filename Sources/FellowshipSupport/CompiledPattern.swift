import Foundation

/// A regular expression compiled once and safe to share between threads.
///
/// Compiling an `NSRegularExpression` is slow on Linux, so patterns are compiled once; but matching with one
/// instance from several threads at once is not safe there (seen: wrong results and crashes under parallel
/// tests), so every use takes a lock.
public final class CompiledPattern: @unchecked Sendable {
    // @unchecked: the expression is only touched while holding `lock`.
    private let expression: NSRegularExpression?
    private let lock = NSLock()

    public init(_ pattern: String, caseInsensitive: Bool = false) {
        expression = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    /// Whether the pattern compiled.
    public var isValid: Bool { expression != nil }

    /// Every match, as ranges of `text`.
    public func ranges(in text: String) -> [Range<String.Index>] {
        guard let expression else { return [] }
        lock.lock()
        defer { lock.unlock() }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text) }
    }

    /// Every match with its capture groups (nil for a group that did not take part).
    public func captures(in text: String) -> [[Range<String.Index>?]] {
        guard let expression else { return [] }
        lock.lock()
        defer { lock.unlock() }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text) }
        }
    }

    public func matches(_ text: String) -> Bool {
        guard let expression else { return false }
        lock.lock()
        defer { lock.unlock() }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// `text` with every match replaced by `template`.
    public func replacing(in text: String, with template: String) -> String {
        guard let expression else { return text }
        lock.lock()
        defer { lock.unlock() }
        return expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}
