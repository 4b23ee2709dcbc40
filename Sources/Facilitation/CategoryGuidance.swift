import Foundation
import PSF
import Reporting

/// What each category asks for, from the framework's descriptors and the scheme profile's figures, with the
/// guide's plain note on whom it tends to suit. Every figure says where it came from.
struct CategoryGuidance {
    var guide: WorkshopGuide.Categories
    var framework: Framework
    var scheme: SchemeProfile
    /// The session's category, or nil for all three.
    var category: Category?

    func blocks() -> [ReportDocument.Block] {
        var blocks: [ReportDocument.Block] = [.heading(level: 1, text: guide.heading), .paragraph([.text(guide.intro)])]
        let categories = category.map { [$0] } ?? [.associateFellow, .fellow, .seniorFellow]
        for category in categories {
            let descriptor = framework.descriptor(for: category)
            blocks.append(.heading(level: 2, text: "\(category.name) (\(category.postNominals)), descriptor \(descriptor.id)"))
            if let suits = guide.suits[category.rawValue] { blocks.append(.paragraph([.strong("Tends to suit: "), .text(suits)])) }
            blocks.append(.paragraph([.strong("The descriptor: "), .text(descriptor.summary)]))
            blocks.append(.list(descriptor.criteria.map { [.strong("\($0.id) "), .text($0.statement)] }))
            blocks.append(.paragraph([.strong("This tool checks for: "), .text(descriptor.requires.summary + ".")]))
            var write = guide.write[category.rawValue] ?? ""
            if let rules = scheme.rules(for: category) {
                if let cases = rules.caseStudies { write += " This scheme asks for \(cases.count) case stud\(cases.count == 1 ? "y" : "ies")." }
                blocks.append(.paragraph([.strong("What you write: "), .text(write)]))
                blocks.append(.paragraph([.strong("Words and referees (\(scheme.name)): "), .text(figures(rules))]))
            } else if !write.isEmpty {
                blocks.append(.paragraph([.strong("What you write: "), .text(write)]))
            }
        }
        if scheme.provisional {
            blocks.append(.paragraph([.emphasis("The figures for \(scheme.name) are provisional: \(scheme.checked) Use your own scheme's figures where they differ (fellowship schemes --help).")]))
        }
        return blocks
    }

    private func figures(_ rules: CategoryRules) -> String {
        let limit = rules.wordLimit
        var text = "up to \(limit.maximum.formatted()) words"
        if let target = limit.target { text += " (aim for about \(target.formatted()))" }
        text += "; source: \(limit.source)"
        if let referees = rules.referees?.count { text += " \(referees) referee\(referees == 1 ? "" : "s")." }
        return text
    }
}
