import Checking
import ExampleBank
import FellowshipSupport
import Mapping
import PSF
import TextAnalysis

/// Which category an activity log's evidence supports, like Advance HE's category tool but from what the
/// technician actually does. Role titles are never used to decide.
public struct CategoryAdvisor: Sendable {
    public struct Assessment: Sendable, Encodable {
        public var category: Category
        public var met: Bool
        /// What is still needed, in plain words.
        public var missing: [String]
        /// Why it is or is not met.
        public var reasons: [String]
    }

    public struct Advice: Sendable, Encodable {
        /// The category the evidence supports best, or nil when none is met.
        public var recommended: Category?
        public var categories: [Assessment]
        /// The dimensions the activities evidence.
        public var evidenced: [DimensionCode]
        /// How many activities show leading or influencing colleagues, and over which years.
        public var leadershipActivities: Int
        public var leadershipYears: [Int]

        enum CodingKeys: String, CodingKey { case recommended, categories }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(recommended, forKey: .recommended) // null when no category is met
            try container.encode(categories, forKey: .categories)
        }
    }

    public let mapper: ActivityMapper
    public let framework: Framework

    public init(mapper: ActivityMapper = ActivityMapper(), framework: Framework = .psf2023) {
        self.mapper = mapper
        self.framework = framework
    }

    /// The dimensions each activity evidences (suggestions above the mapper's threshold), read from what the
    /// technician wrote about it: the activity, and its notes and evidence, which often hold the why.
    public func mapped(_ log: ActivityLog) -> [[Suggestion]] {
        let analyser = Analyser()
        return log.activities.map { activity in
            let text = [activity.text, activity.notes, activity.evidence].compactMap { $0 }.joined(separator: " ")
            return mapper.suggestions(for: text, limit: 15, analyser: analyser)
        }
    }

    /// A dimension counts as evidenced by the log when some activity scores at least this for it. A log has no
    /// signposts, so the bar is above the mapper's own; tuned on the four example logs (see the issue notes).
    public static let evidenceThreshold = 0.4

    /// For each dimension, how many activities evidence it.
    public func activityCounts(_ log: ActivityLog) -> [DimensionCode: Int] {
        var counts: [DimensionCode: Int] = [:]
        for suggestions in mapped(log) {
            for suggestion in suggestions where suggestion.score >= Self.evidenceThreshold { counts[suggestion.dimension, default: 0] += 1 }
        }
        return counts
    }

    /// Fellow and Senior Fellow ask for effective practice across all five Areas. This tool reads that as each Area
    /// shown by at least this many activities: a single instance is not yet a practice (our reading, not Advance HE's rule).
    public static let activitiesPerArea = 2

    public func advise(_ log: ActivityLog) -> Advice {
        let suggestions = mapped(log)
        let evidenced = Set(suggestions.flatMap { $0.filter { $0.score >= Self.evidenceThreshold }.map(\.dimension) })
        var perCode: [DimensionCode: Int] = [:]
        for activity in suggestions {
            for suggestion in activity where suggestion.score >= Self.evidenceThreshold { perCode[suggestion.dimension, default: 0] += 1 }
        }
        let leadership = log.activities.filter { LeadershipSignals.isLeadership($0.text) }
        let years = Set(leadership.flatMap { activity in
            LeadershipSignals.years(in: [activity.text, activity.when ?? ""].joined(separator: " "))
        })
        let sustained = years.count >= 2 || (years.max() ?? 0) - (years.min() ?? 0) >= 1
            || leadership.contains { LeadershipSignals.statesDuration(($0.when ?? "") + " " + $0.text) }
        var assessments: [Assessment] = []
        for category in [Category.associateFellow, .fellow, .seniorFellow] {
            let requirement = framework.descriptor(for: category).requires
            var missing = requirement.missing(from: evidenced)
            var reasons: [String] = []
            let areas = DimensionCode.areas.filter(evidenced.contains)
            reasons.append("Your activities evidence \(evidenced.count) of the 15 dimensions, including \(areas.count) of the five Areas of Activity\(areas.isEmpty ? "" : " (\(areas.map(\.rawValue).joined(separator: ", ")))").")
            if category != .associateFellow {
                let thin = DimensionCode.areas.filter { (perCode[$0] ?? 0) > 0 && (perCode[$0] ?? 0) < Self.activitiesPerArea }
                if !thin.isEmpty {
                    missing.append("more than one example of \(thin.map(\.rawValue).joined(separator: ", ")): practice across all five Areas, not a single instance")
                }
                if areas.count < 5 || !thin.isEmpty {
                    reasons.append("\(category.name) needs effective practice in all five Areas of Activity (\(category.descriptorID == "D2" ? "D2.3" : "D3.2")); this tool looks for each Area in at least \(Self.activitiesPerArea) of your activities.")
                }
            }
            if requirement.leadership {
                if leadership.count < 3 {
                    missing.append("a sustained record of leading or influencing colleagues' practice (\(leadership.count == 0 ? "no activity shows it" : "only \(leadership.count) activit\(leadership.count == 1 ? "y shows" : "ies show") it"))")
                    reasons.append("Senior Fellow needs leading or influencing others' teaching or support, beyond your own direct teaching (D3.1, D3.3).")
                } else if !sustained {
                    missing.append("dates showing the leadership has been sustained (guidance commonly asks for about three to five years)")
                    reasons.append("\(leadership.count) activities show leading or influencing colleagues, but nothing shows it over time.")
                } else {
                    reasons.append("\(leadership.count) activities show leading or influencing colleagues, over \(years.isEmpty ? "a stated span" : "\(years.min() ?? 0)–\(years.max() ?? 0)").")
                }
            }
            let met = missing.isEmpty
            reasons.append(met ? "The minimums of \(category.descriptorID) are met by your activities." : "Not yet met: \(missing.joined(separator: "; ")).")
            assessments.append(Assessment(category: category, met: met, missing: missing, reasons: reasons))
        }
        let recommended = assessments.last(where: \.met)?.category
        return Advice(recommended: recommended, categories: assessments, evidenced: evidenced.sorted(),
                      leadershipActivities: leadership.count, leadershipYears: years.sorted())
    }
}
