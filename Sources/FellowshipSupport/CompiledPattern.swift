import Foundation

/// A regular expression compiled once and safe to share between threads.
///
/// Compiling an `NSRegularExpression` is slow on Linux, so patterns are compiled once; but matching with one
/// instance from several threads at once is not safe there (seen: wrong results and crashes under parallel
/// tests), so every use takes a lock.
public final class CompiledPattern: @unchecked Sendable {
    // @unchecked: `compiled` is only touched while holding `lock`.
    private let pattern: String
    private let options: NSRegularExpression.Options
    private var compiled: NSRegularExpression??
    private let lock = NSLock()

    /// Keeps the pattern; it is compiled on first use, so patterns a command never needs cost nothing at start-up.
    public init(_ pattern: String, caseInsensitive: Bool = false) {
        self.pattern = pattern
        options = caseInsensitive ? [.caseInsensitive] : []
    }

    /// The compiled expression; call with the lock held.
    private var expression: NSRegularExpression? {
        if let compiled { return compiled }
        let made = try? NSRegularExpression(pattern: pattern, options: options)
        compiled = .some(made)
        return made
    }

    /// Whether the pattern compiles.
    public var isValid: Bool {
        lock.lock()
        defer { lock.unlock() }
        return expression != nil
    }

    /// Every match, as ranges of `text`.
    public func ranges(in text: String) -> [Range<String.Index>] {
        lock.lock()
        defer { lock.unlock() }
        guard let expression else { return [] }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text) }
    }

    /// Every match with its capture groups (nil for a group that did not take part).
    public func captures(in text: String) -> [[Range<String.Index>?]] {
        lock.lock()
        defer { lock.unlock() }
        guard let expression else { return [] }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text) }
        }
    }

    public func matches(_ text: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let expression else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// `text` with every match replaced by `template`.
    public func replacing(in text: String, with template: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        guard let expression else { return text }
        return expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}
