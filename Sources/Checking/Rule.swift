/// One check of a claim. Each rule has a stable id users can switch off (`--disable ID` or `disable:` in the
/// front matter) and lives in its own file under `Rules/`.
public protocol Rule: Sendable {
    /// Stable id, such as `first-person`.
    var id: String { get }
    /// One line on what the rule looks for, for `fellowship check --list-rules`.
    var summary: String { get }
    func check(_ context: CheckContext) -> [Finding]
}

/// Every rule, in the order findings of equal position are listed.
public enum RuleSet {
    public static let all: [any Rule] = [
        SectionMissingRule(), CaseStudiesRule(), SectionEmptyRule(), WordLimitRule(), DimensionMissingRule(),
        DimensionUnsupportedRule(), DimensionUntaggedRule(), LeadershipMissingRule(), LegacyFrameworkRule(), CodeListRule(),
        FirstPersonRule(), ImpactMissingRule(), DescriptiveRule(), ScholarshipMissingRule(), CitationUnmatchedRule(),
        PersonalDataRule(), RecencyRule(), PlaceholderRule(),
    ]

    public static var ids: [String] { all.map(\.id) }
}
