import Claims
import FellowshipSupport
import PSF

/// `leadership-missing`: a Senior Fellow claim needs a sustained record of leading or influencing colleagues'
/// practice, beyond the applicant's own teaching (D3.1, D3.3).
struct LeadershipMissingRule: Rule {
    let id = "leadership-missing"
    let summary = "A Senior Fellow claim shows no sustained leading or influencing of colleagues."

    static let leading = TextPattern(
        #"\b(train(ed|ing|s)?|mentor(ed|ing|s)?|coach(ed|ing)?|led|lead(ing|s)?|chair(ed|ing)?|coordinat\w*|manag(e|ed|ing)|supervis\w*|influenc\w*|develop(ed|ing)?|introduc\w*|shap(ed|ing)|guid(ed|ing)|support(ed|ing)|observ(ed|ing)|adopt\w*|champion\w*|set up|rolled? out|shared|present(ed|ing))\b"#,
        caseInsensitive: true)
    static let others = TextPattern(
        #"\b(technicians?|colleagues?|staff|team|demonstrators?|teaching assistants?|GTAs?|PhD students who (teach|demonstrate)|apprentices?|peers?|departments?|faculties|facult(y|ies)|schools across|institutions?|network|sector|community of practice|other universities|new starters?|mentees?)\b"#,
        caseInsensitive: true)
    static let duration = TextPattern(
        #"\b(since (19|20)\d\d|over (the )?(last |past )?(two|three|four|five|six|seven|eight|nine|ten|\d+) years|for (two|three|four|five|six|seven|eight|nine|ten|\d+) years|every year|each year|annually|year on year|(19|20)\d\d\s*(–|-|to)\s*(19|20)?\d\d)\b"#,
        caseInsensitive: true)
    static let year = TextPattern(#"\b20\d\d\b"#)

    func check(_ context: CheckContext) -> [Finding] {
        guard context.descriptor.requires.leadership else { return [] }
        let sentences = context.proseSections.flatMap(\.paragraphs).flatMap(\.sentences)
        let leadership = sentences.filter { Self.leading.matches($0.prose) && Self.others.matches($0.prose) }
        let top = SourceLocation(file: context.claim.file, line: 1, column: 1)
        if leadership.count < 3 {
            return [Finding(rule: id, severity: .error, location: leadership.first?.location ?? top,
                            message: "A Senior Fellow claim must show a sustained record of leading or influencing other people's teaching or support for learning; this claim has \(leadership.count == 0 ? "no" : "only \(leadership.count)") sentence\(leadership.count == 1 ? "" : "s") about that.",
                            hint: "Write about colleagues whose practice you shaped: technicians or demonstrators you trained or mentored, a change you led in your team, guidance others adopted, networks you lead (D3.1, D3.3).")]
        }
        let years = Set(leadership.flatMap { sentence in Self.year.ranges(in: sentence.prose).map { String(sentence.prose[$0]) } })
        let sustained = years.count >= 2 || leadership.contains { Self.duration.matches($0.prose) }
            || sentences.contains { Self.duration.matches($0.prose) }
        guard !sustained else { return [] }
        return [Finding(rule: id, severity: .error, location: leadership[0].location,
                        message: "The claim describes leading or influencing others, but nothing shows it has been sustained over time.",
                        hint: "Give dates or spans (since 2021, over three years, each year) so the assessor sees a sustained record; guidance commonly asks for about three to five years.")]
    }
}
