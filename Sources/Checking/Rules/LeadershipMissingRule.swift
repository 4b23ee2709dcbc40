import Claims
import FellowshipSupport
import PSF

/// `leadership-missing`: a Senior Fellow claim needs a sustained record of leading or influencing colleagues'
/// practice, beyond the applicant's own teaching (D3.1, D3.3).
struct LeadershipMissingRule: Rule {
    let id = "leadership-missing"
    let summary = "A Senior Fellow claim shows no sustained leading or influencing of colleagues."

    func check(_ context: CheckContext) -> [Finding] {
        guard context.descriptor.requires.leadership else { return [] }
        let paragraphs = context.proseSections.flatMap(\.paragraphs)
        let leadership = paragraphs.flatMap(\.sentences).filter { LeadershipSignals.isLeadership($0.prose) }
        let top = SourceLocation(file: context.claim.file, line: 1, column: 1)
        if leadership.count < 3 {
            return [Finding(rule: id, severity: .error, location: leadership.first?.location ?? top,
                            message: "A Senior Fellow claim must show a sustained record of leading or influencing other people's teaching or support for learning; this claim has \(leadership.count == 0 ? "no" : "only \(leadership.count)") sentence\(leadership.count == 1 ? "" : "s") about that.",
                            hint: "Write about colleagues whose practice you shaped: technicians or demonstrators you trained or mentored, a change you led in your team, guidance others adopted, networks you lead (D3.1, D3.3).")]
        }
        // Dates count only where they belong to the leadership: in the paragraphs that describe it, not in an
        // unrelated example or a note elsewhere in the claim.
        let leading = paragraphs.filter { $0.sentences.contains { LeadershipSignals.isLeadership($0.prose) } }
        let years = Set(leading.flatMap { LeadershipSignals.years(in: $0.text) })
        let sustained = years.count >= 2 || leading.contains { LeadershipSignals.statesDuration($0.text) }
        guard !sustained else { return [] }
        return [Finding(rule: id, severity: .error, location: leadership[0].location,
                        message: "The claim describes leading or influencing others, but nothing shows it has been sustained over time.",
                        hint: "Give dates or spans (since 2021, over three years, each year) so the assessor sees a sustained record; guidance commonly asks for about three to five years.")]
    }
}
