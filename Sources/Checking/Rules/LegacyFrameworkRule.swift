import Claims
import FellowshipSupport
import PSF

/// `legacy-framework`: UKPSF 2011 codes or criteria (K6, D2.iii, "UKPSF"), which get a claim returned unassessed.
struct LegacyFrameworkRule: Rule {
    let id = "legacy-framework"
    let summary = "The claim refers to the retired UKPSF 2011 (K6, D2.iii, \"UKPSF\")."

    func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        var texts: [(String, SourceLocation)] = context.claim.sections.compactMap { section in section.heading.map { ($0.text, $0.location) } }
        texts += context.claim.sections.flatMap(\.subheadings).map { ($0.text, $0.location) }
        texts += context.claim.sections.filter { $0.kind != .references }.flatMap(\.paragraphs).flatMap(\.sentences).map { ($0.text, $0.location) }
        if let title = context.claim.frontMatter.title { texts.append((title, SourceLocation(file: context.claim.file, line: 2, column: 1))) }
        for (text, location) in texts {
            for marker in context.framework.legacyMarkers {
                for range in marker.matches(in: text) {
                    var at = location
                    at.column += text.offset(of: range)
                    findings.append(Finding(rule: id, severity: .error, location: at,
                                            message: "‘\(text[range])’ belongs to the retired UKPSF 2011. \(marker.why) Applications that refer to it are returned unassessed.",
                                            hint: marker.hint))
                }
            }
            for group in Signposts.groups(in: text) {
                for code in group.unknown where code != "K6" {
                    var at = location
                    at.column += text.offset(of: group.range)
                    findings.append(Finding(rule: id, severity: .error, location: at,
                                            message: "\(code) is not a PSF 2023 dimension.",
                                            hint: "Use V1–V5, K1–K5 or A1–A5."))
                }
            }
        }
        return findings
    }
}
