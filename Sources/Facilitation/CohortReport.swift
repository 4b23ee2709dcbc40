import Checking
import Drafting
import FellowshipSupport
import Foundation
import Mapping
import PSF

/// Where a whole cohort stands: every claim and activity log in a folder, checked, and summarised for a
/// facilitator and a Technician Commitment lead. People appear by initials or file stem only.
public struct CohortReport: Sendable, Encodable {
    /// How often a rule fired across the cohort.
    public struct CommonFinding: Sendable, Encodable {
        public var rule: String
        public var summary: String
        /// People with at least one such finding.
        public var people: Int
        public var findings: Int
    }
    /// A dimension the cohort is weak on: how many people need it and do not yet evidence it.
    public struct Weakness: Sendable, Encodable {
        public var code: DimensionCode
        public var statement: String
        /// People for whom it is required (or an open choice) and not evidenced.
        public var lacking: Int
        /// Of those, people who signpost it with no sentence that shows it.
        public var signpostedOnly: Int
        public var question: String
    }
    /// Claims in progress and ready, for one category.
    public struct CategoryCount: Sendable, Encodable {
        public var category: Category
        public var inProgress: Int
        public var ready: Int
        public var logsOnly: Int
        enum CodingKeys: String, CodingKey { case category, inProgress = "in_progress", ready, logsOnly = "logs_only" }
    }
    /// A file that could not be read, with why.
    public struct Skipped: Sendable, Encodable {
        public var file: String
        public var problem: String
    }

    public var folder: String
    public var members: [CohortMember]
    public var commonFindings: [CommonFinding]
    public var weakest: [Weakness]
    public var categories: [CategoryCount]
    public var skipped: [Skipped]

    enum CodingKeys: String, CodingKey {
        case folder, members, commonFindings = "common_findings", weakest, categories, skipped, summary
    }

    /// Totals for a Technician Commitment report.
    public struct Summary: Sendable, Encodable {
        public var people: Int
        public var claims: Int
        public var logs: Int
        public var ready: Int
        public var skipped: Int
    }

    public var summary: Summary {
        Summary(people: members.count, claims: members.filter { $0.kind == .claim }.count, logs: members.filter { $0.kind == .log }.count,
                ready: members.filter(\.ready).count, skipped: skipped.count)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(folder, forKey: .folder)
        try container.encode(members, forKey: .members)
        try container.encode(commonFindings, forKey: .commonFindings)
        try container.encode(weakest, forKey: .weakest)
        try container.encode(categories, forKey: .categories)
        try container.encode(skipped, forKey: .skipped)
        try container.encode(summary, forKey: .summary)
    }

    /// Builds the report from what the scan found.
    init(folder: String, members: [CohortMember], skipped: [Skipped], reports: [CheckReport], framework: Framework) {
        self.folder = folder
        self.members = members
        self.skipped = skipped
        let summaries = Dictionary(RuleSet.all.map { ($0.id, $0.summary) }, uniquingKeysWith: { first, _ in first })
        var people: [String: Int] = [:]
        var counts: [String: Int] = [:]
        for report in reports {
            for rule in Set(report.findings.map(\.rule)) { people[rule, default: 0] += 1 }
            for finding in report.findings { counts[finding.rule, default: 0] += 1 }
        }
        commonFindings = people.keys.map { rule in
            CommonFinding(rule: rule, summary: summaries[rule] ?? "", people: people[rule] ?? 0, findings: counts[rule] ?? 0)
        }.sorted { ($1.people, $1.findings, $0.rule) < ($0.people, $0.findings, $1.rule) }
        weakest = DimensionCode.allCases.enumerated().map { index, code in
            let lacking = members.filter { $0.statuses[index] == .missing || $0.statuses[index] == .signposted }
            return Weakness(code: code, statement: framework.dimension(code).statement, lacking: lacking.count,
                            signpostedOnly: lacking.filter { $0.statuses[index] == .signposted }.count,
                            question: framework.dimension(code).questions.first ?? "")
        }.filter { $0.lacking > 0 }.sorted { ($1.lacking, $0.code) < ($0.lacking, $1.code) }
        categories = [Category.associateFellow, .fellow, .seniorFellow].map { category in
            let aiming = members.filter { $0.category == category }
            return CategoryCount(category: category, inProgress: aiming.filter { $0.kind == .claim && !$0.ready }.count,
                                 ready: aiming.filter(\.ready).count, logsOnly: aiming.filter { $0.kind == .log }.count)
        }
    }
}
