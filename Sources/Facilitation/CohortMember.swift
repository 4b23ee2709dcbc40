import Checking
import Drafting
import PSF

/// One person in a cohort, shown without their name: their initials, or the file's stem when the file does not
/// say who they are.
public struct CohortMember: Sendable, Encodable {
    public enum Kind: String, Sendable, Encodable { case claim, log }

    /// Initials (or the file stem): never the name.
    public var id: String
    public var file: String
    public var kind: Kind
    /// The category the person is aiming for: the claim's, the log's, or (marked `suggested`) the one the log meets.
    public var category: Category?
    public var categorySuggested: Bool
    /// Every dimension's status, in the framework's order.
    public var statuses: [ClaimAnalysis.Status]
    public var errors: Int
    public var warnings: Int
    /// Claims: the rules with findings. Logs: none.
    public var rules: [String]
    public var words: Int?
    public var wordLimit: Int?
    /// Logs: whether the activities already meet the minimums of the category aimed for.
    public var logMeetsCategory: Bool?

    /// A claim with no errors left can go to its referees and be submitted.
    public var ready: Bool { kind == .claim && errors == 0 }

    /// Where the person stands, in a few words.
    public var stage: String {
        switch kind {
        case .claim: return errors == 0 ? "ready to submit" : "drafting: \(errors) error\(errors == 1 ? "" : "s") left"
        case .log:
            guard let category else { return "activity log: no category's minimums met yet" }
            return logMeetsCategory == true ? "activity log: enough for \(category.name)" : "activity log: not yet enough for \(category.name)"
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, file, kind, category, categorySuggested = "category_suggested", dimensions, errors, warnings, rules, words
        case wordLimit = "word_limit", logMeetsCategory = "log_meets_category", ready, stage
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(file, forKey: .file)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(category, forKey: .category)
        try container.encode(categorySuggested, forKey: .categorySuggested)
        try container.encode(Dictionary(uniqueKeysWithValues: zip(DimensionCode.allCases.map(\.rawValue), statuses.map(\.rawValue))), forKey: .dimensions)
        try container.encode(errors, forKey: .errors)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(rules, forKey: .rules)
        try container.encodeIfPresent(words, forKey: .words)
        try container.encodeIfPresent(wordLimit, forKey: .wordLimit)
        try container.encodeIfPresent(logMeetsCategory, forKey: .logMeetsCategory)
        try container.encode(ready, forKey: .ready)
        try container.encode(stage, forKey: .stage)
    }

    /// A claim, from its check report.
    init(id: String, report: CheckReport) {
        self.id = id
        file = report.file
        kind = .claim
        category = report.category
        categorySuggested = false
        statuses = report.dimensions.map(\.status)
        errors = report.summary.errors
        warnings = report.summary.warnings
        rules = Array(Set(report.findings.map(\.rule))).sorted()
        words = report.words.total
        wordLimit = report.words.limit
    }

    /// An activity log, from the category advice on it. A log has no signposts: a dimension is evidenced or missing.
    init(id: String, log: ActivityLog, advice: CategoryAdvisor.Advice, framework: Framework) {
        self.id = id
        file = log.file
        kind = .log
        let written = log.category.flatMap { Category(parsing: $0) }
        category = written ?? advice.recommended
        categorySuggested = written == nil && advice.recommended != nil
        let aimed = category
        logMeetsCategory = advice.categories.first { $0.category == aimed }?.met
        let evidenced = Set(advice.evidenced)
        let requirement = category.map { framework.descriptor(for: $0).requires }
        statuses = DimensionCode.allCases.map { code in
            if evidenced.contains(code) { return .evidenced }
            guard let requirement, !requirement.requiredCodes.contains(code) else { return .missing }
            // A choice ("any two Areas") still open leaves its unevidenced codes missing; once met, they are optional.
            let open = requirement.atLeast.contains { $0.of.contains(code) && $0.of.filter(evidenced.contains).count < $0.count }
            return open ? .missing : .notRequired
        }
        errors = 0
        warnings = 0
        rules = []
    }
}
