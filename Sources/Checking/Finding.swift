import FellowshipSupport
import PSF

/// How much a finding matters: errors get a claim referred, warnings weaken it, infos are suggestions.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case error, warning, info

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        let order: [Severity] = [.error, .warning, .info]
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}

/// One problem found in a claim: which rule, how serious, where, what is wrong and what to do.
public struct Finding: Sendable, Hashable {
    public var rule: String
    public var severity: Severity
    public var location: SourceLocation
    /// The dimension concerned, where there is one.
    public var dimension: DimensionCode?
    /// What is wrong, in plain words a technician understands.
    public var message: String
    /// What to do about it.
    public var hint: String

    public init(rule: String, severity: Severity, location: SourceLocation, dimension: DimensionCode? = nil, message: String, hint: String) {
        self.rule = rule
        self.severity = severity
        self.location = location
        self.dimension = dimension
        self.message = message
        self.hint = hint
    }
}
