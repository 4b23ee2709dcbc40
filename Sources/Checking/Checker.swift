import Claims
import FellowshipSupport
import Foundation
import Mapping
import PSF

/// Checks a claim against its descriptor and scheme the way a compiler checks code: every problem an assessor
/// would refer it for, at its line and column, in plain words with what to do.
public struct Checker: Sendable {
    public let mapper: ActivityMapper
    public let framework: Framework
    public let rules: [any Rule]

    public init(mapper: ActivityMapper = ActivityMapper(), framework: Framework = .psf2023, rules: [any Rule] = RuleSet.all) {
        self.mapper = mapper
        self.framework = framework
        self.rules = rules
    }

    /// Rejects rule ids nobody knows, so a typo in `--disable` is not silently ignored.
    public static func validate(disabled ids: [String], file: String? = nil) throws {
        for id in ids where !RuleSet.ids.contains(id) {
            throw InputError("there is no rule called ‘\(id)’", at: file.map { SourceLocation(file: $0) },
                             hint: "rules: \(RuleSet.ids.joined(separator: ", "))")
        }
    }

    /// The analysis and the findings for a claim that has been read.
    public func check(_ read: ClaimReader.Result, disabling disabled: [String] = [], currentYear: Int? = nil) throws -> CheckReport {
        let off = Set(disabled + read.claim.frontMatter.disable)
        try Self.validate(disabled: disabled)
        try Self.validate(disabled: read.claim.frontMatter.disable, file: read.claim.file)
        let descriptor = framework.descriptor(for: read.category)
        let analysis = ClaimAnalysis(claim: read.claim, requirement: descriptor.requires, mapper: mapper)
        let year = currentYear ?? Calendar(identifier: .gregorian).component(.year, from: Date())
        let context = CheckContext(claim: read.claim, category: read.category, scheme: read.scheme, rules: read.rules,
                                   descriptor: descriptor, framework: framework, analysis: analysis, currentYear: year)
        // Rules are independent of one another: they run on all cores, their findings joined in rule order.
        let active = rules.filter { !off.contains($0.id) }
        var findings = concurrentMap(active.count) { active[$0].check(context) }.flatMap { $0 }
        if let source = read.claim.convertedFrom {
            // Rules place whole-claim findings at the top of the Markdown; in a Word document that is the file itself.
            for index in findings.indices { findings[index].location = source.location(for: findings[index].location) }
        }
        let order = Dictionary(uniqueKeysWithValues: RuleSet.ids.enumerated().map { ($1, $0) })
        findings.sort { ($0.location.line, $0.location.column, $0.severity, order[$0.rule] ?? 0) < ($1.location.line, $1.location.column, $1.severity, order[$1.rule] ?? 0) }
        return CheckReport(context: context, findings: findings)
    }
}
