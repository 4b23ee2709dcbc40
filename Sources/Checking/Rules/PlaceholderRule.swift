import Claims
import FellowshipSupport
import PSF

/// `placeholder`: a paragraph still holding a draft's placeholder (`TODO …`, as `fellowship build` writes them),
/// which would go to the assessor as it stands.
struct PlaceholderRule: Rule {
    let id = "placeholder"
    let summary = "A paragraph is still a placeholder from the draft (TODO …)."

    static let marker = TextPattern(#"^\s*(TODO|TBC|XXX)\b"#)

    func check(_ context: CheckContext) -> [Finding] {
        context.claim.paragraphs.filter { Self.marker.matches($0.text) }.map { paragraph in
            let start = paragraph.text.trimmed
            let quoted = start.count > 60 ? String(start.prefix(57)) + "…" : start
            return Finding(rule: id, severity: .error, location: paragraph.location,
                           message: "This paragraph is still a placeholder (‘\(quoted)’); it would go to the assessor as it is.",
                           hint: "Replace it with your own sentences, or delete it.")
        }
    }
}
