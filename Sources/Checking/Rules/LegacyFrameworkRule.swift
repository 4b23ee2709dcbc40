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
        // A marker that finds nothing in all the texts at once finds nothing in any one of them (see `screenable`):
        // one search then saves one per text.
        let joined = texts.map(\.0).joined(separator: "\n")
        let markers = context.framework.legacyMarkers.filter { !Self.screenable($0.pattern) || !$0.matches(in: joined).isEmpty }
        for (text, location) in texts {
            for marker in markers {
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

    /// Whether a match of `pattern` in one text is always a match in texts joined by line feeds too: true when it
    /// has no anchors, look-arounds or atomic parts, whose result could change with what comes before or after (a
    /// line feed is a non-word character, as the ends of a text are to `\b`).
    static func screenable(_ pattern: String) -> Bool {
        let unsafe = ["^", "$", "\\A", "\\z", "\\Z", "\\G", "\\b{", "(?=", "(?!", "(?<", "(?>", "(?m", "(?s", "(?x", "(?w", "++", "*+", "?+", "}+"]
        return !unsafe.contains(where: pattern.contains)
    }
}
