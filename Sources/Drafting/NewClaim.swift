import FellowshipSupport
import PSF

/// A blank claim for a scheme and category: front matter, the scheme's sections with their word budgets, and
/// the guiding questions for each required dimension as comments (comments are not counted or checked).
public enum NewClaim {
    public static func render(category: Category, scheme: SchemeProfile, discipline: String?, framework: Framework = .psf2023) throws -> String {
        let rules = try scheme.requireRules(for: category)
        let descriptor = framework.descriptor(for: category)
        var lines = ["---", "title: Account of professional practice", "applicant: Your Name", "role: Your role",
                     "discipline: \(discipline ?? "Your discipline")", "institution: Your institution",
                     "category: \(category.rawValue)", "scheme: \(scheme.id)", "---", ""]
        let counted = rules.sections.filter { $0.counted && $0.kind != .references }
        let budget = rules.wordLimit.target ?? rules.wordLimit.maximum
        lines.append("<!-- \(category.name) (\(category.postNominals)), \(scheme.name): up to \(rules.wordLimit.maximum) counted words. -->")
        lines.append("<!-- Write in the first person. Put signposts such as (A2, K4) after the sentence they support. -->")
        lines.append("")
        for section in rules.sections {
            lines.append("# \(section.title)")
            lines.append("")
            let share = budget / max(1, counted.count)
            switch section.kind {
            case .context:
                lines.append("<!-- About \(section.words?.maximum ?? min(300, share)) words: your role, where you work, who your learners are, what you do with them. -->")
            case .account, .reflectiveAccount:
                lines.append("<!-- About \(share) words. -->")
                for group in DimensionGroup.allCases {
                    for dimension in framework.dimensions(in: group) where descriptor.requires.allOf.contains(dimension.code)
                        || descriptor.requires.atLeast.contains(where: { $0.of.contains(dimension.code) }) {
                        lines.append("<!-- \(dimension.code.rawValue) \(dimension.statement). \(dimension.questions.joined(separator: " ")) -->")
                    }
                }
                if descriptor.requires.leadership {
                    lines.append("<!-- Senior Fellow: focus on how you have led or influenced colleagues' practice over several years (D3.1, D3.3). -->")
                }
            case .caseStudy:
                lines.append("<!-- About \(share) words: one sustained example of leading or influencing others, with what changed and how you know. -->")
            case .references:
                lines.append("<!-- Harvard style, e.g. Kolb, D.A. (1984) Experiential learning. Englewood Cliffs: Prentice Hall. -->")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
