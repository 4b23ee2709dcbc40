import Checking
import ExampleBank
import FellowshipSupport
import Mapping
import PSF
import TextAnalysis

/// Writes a draft claim: the scheme's sections, the technician's own words with supported signposts, reflective
/// prompts (Rolfe: what? so what? now what?) and TODO slots, word budgets, and the gaps with bank examples.
struct DraftWriter {
    let log: ActivityLog
    let category: Category
    let scheme: SchemeProfile
    let rules: CategoryRules
    let framework: Framework
    let mapper: ActivityMapper

    /// At most this many codes in one signpost: more is code-stuffing.
    static let maximumPerSignpost = 3
    /// A sentence carries a signpost for a code when its own words score at least this (the checker asks 0.15).
    static let signpostThreshold = 0.2

    func write(_ choices: [DraftBuilder.Choice], gaps: [DimensionCode]) -> String {
        var out = ["---", "title: Account of professional practice", "applicant: \(log.applicant ?? "Your Name")",
                   "role: \(log.role ?? "Your role")", "discipline: \(log.discipline ?? "Your discipline")",
                   "institution: \(log.institution ?? "Your institution")", "category: \(category.rawValue)", "scheme: \(scheme.id)", "---", ""]
        out.append("<!-- First draft made by fellowship build from \(log.file). Every sentence outside TODO lines is your own, from the log.")
        out.append("     Why each activity was chosen:")
        for choice in choices { out.append("     - \(String(choice.activity.text.prefix(70)))…: \(choice.reason)") }
        out.append("-->")
        out.append("")
        let accountWords = (rules.wordLimit.target ?? rules.wordLimit.maximum)
        let leadership = choices.filter(\.isLeadership)
        let caseStudies = category == .seniorFellow ? Array(leadership.prefix(rules.caseStudies?.count ?? 2)) : []
        let accountChoices = choices.filter { choice in !caseStudies.contains { $0.activity.text == choice.activity.text } }
        for section in rules.sections {
            out.append("# \(section.title)")
            out.append("")
            switch section.kind {
            case .context:
                out.append("<!-- About \(section.words?.maximum ?? 250) words: your role, your setting, who your learners are, what you do with them. -->")
                let role = [log.role, log.discipline.map { "in \($0)" }, log.institution.map { "at \($0)" }].compactMap { $0 }.joined(separator: " ")
                out.append("TODO (context): I work as \(role.isEmpty ? "…" : role). Say who your learners are, how many, and where you teach or support them.")
                out.append("")
            case .account, .reflectiveAccount:
                out.append("<!-- About \(accountWords * 3 / 5) words. For each example: what you did, so what (why, and how you know it worked), now what (what you changed). -->")
                out.append("")
                if category == .seniorFellow {
                    out.append(contentsOf: paragraphs(for: accountChoices, groupedByArea: false))
                } else {
                    out.append(contentsOf: paragraphs(for: accountChoices, groupedByArea: true))
                }
            case .caseStudy:
                let number = Int(section.id.filter(\.isNumber)) ?? 1
                if number <= caseStudies.count {
                    out.removeLast(2)
                    let title = caseStudies[number - 1].activity.text.split(separator: " ").prefix(8).joined(separator: " ")
                    out.append("# Case study \(number): \(title.trimmingCharacters(in: .punctuationCharacters))")
                    out.append("")
                    out.append("<!-- About \(accountWords / 5) words: a sustained example of leading or influencing others, with what changed and how you know. -->")
                    out.append("")
                    out.append(contentsOf: paragraphs(for: [caseStudies[number - 1]], groupedByArea: false))
                } else {
                    out.append("TODO (case study): describe another sustained example of leading or influencing colleagues' practice.")
                    out.append("")
                }
            case .references:
                out.append("<!-- TODO: list the reading, guidance or training behind your practice, in Harvard style, and cite it in the text. -->")
                out.append("")
            }
        }
        if !gaps.isEmpty {
            let bank = mapper.bank
            let discipline = log.discipline.flatMap { try? bank.resolveDiscipline($0) }
            out.append("<!-- Gaps: dimensions none of your activities shows yet, with examples to discuss with your mentor.")
            for code in gaps {
                out.append("     \(code.rawValue) \(framework.dimension(code).statement). Ask yourself: \(framework.dimension(code).questions.first ?? "")")
                var filter = BankFilter(dimensions: [code], primaryOnly: true)
                if let discipline { filter.disciplines = [discipline.id] }
                let examples = bank.entries(matching: filter).prefix(3)
                for entry in examples { out.append("       e.g. \(entry.id): \(entry.activity)") }
            }
            out.append("-->")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One paragraph per activity: its sentences with signposts placed after the sentence that best shows each
    /// code, then its evidence and the reflective prompts as TODO lines. Grouped under Area subheadings for AF and F.
    private func paragraphs(for choices: [DraftBuilder.Choice], groupedByArea: Bool) -> [String] {
        var out: [String] = []
        var groups: [(DimensionCode?, [DraftBuilder.Choice])] = []
        if groupedByArea {
            for choice in choices {
                let area = choice.codes.first { $0.group == .activities }
                if let index = groups.firstIndex(where: { $0.0 == area }) { groups[index].1.append(choice) } else { groups.append((area, [choice])) }
            }
            groups.sort { ($0.0?.order ?? 99) < ($1.0?.order ?? 99) }
        } else {
            groups = [(nil, choices)]
        }
        let analyser = Analyser()
        for (area, members) in groups {
            if groupedByArea {
                let title = area.map { "\($0.rawValue == "A1" ? "Area 1" : "Area \($0.rawValue.dropFirst())"): \(framework.dimension($0).statement)" } ?? "Other practice"
                out.append("## \(title)")
                out.append("")
            }
            for choice in members {
                out.append(signposted(choice, analyser: analyser))
                out.append("")
                if let evidence = choice.activity.evidence {
                    out.append("TODO (impact): turn your note into a sentence with the figures: “\(evidence)”.")
                } else {
                    out.append("TODO (impact): how do you know this worked? Feedback, numbers, what changed.")
                }
                out.append("TODO (why): what reading, training or evidence informs this approach? Cite it.")
                out.append("")
            }
        }
        return out
    }

    /// The activity's own text, each supported code signposted after its best sentence (at most three a group).
    private func signposted(_ choice: DraftBuilder.Choice, analyser: Analyser) -> String {
        let text = choice.activity.draftProse
        let sentences = SentenceSplitter.sentences(in: text)
        guard !sentences.isEmpty else { return text }
        var bySentence = [[DimensionCode]](repeating: [], count: sentences.count)
        let scores = sentences.map { mapper.scores(for: String(text[$0]), analyser: analyser).scores }
        // Codes this activity was chosen to cover go first, so a full signpost never squeezes them out.
        let ordered = choice.newlyCovered + choice.codes.filter { !choice.newlyCovered.contains($0) }
        for code in ordered {
            // The sentence whose own words support the code best and still has room; skip codes none supports.
            // A short sentence carries fewer codes: the checker's code-list rule wants about five words per code.
            let room = sentences.map { max(1, min(Self.maximumPerSignpost, text[$0].split(separator: " ").count / 5)) }
            let candidates = scores.indices.filter { (scores[$0][code] ?? 0) >= Self.signpostThreshold && bySentence[$0].count < room[$0] }
            guard let best = candidates.max(by: { (scores[$0][code] ?? 0) < (scores[$1][code] ?? 0) }) else { continue }
            bySentence[best].append(code)
        }
        var result = ""
        for (index, range) in sentences.enumerated() {
            var sentence = String(text[range])
            let codes = bySentence[index].sorted()
            if !codes.isEmpty {
                let stop = sentence.last.map { ".!?".contains($0) } == true ? String(sentence.removeLast()) : "."
                sentence += " (\(codes.map(\.rawValue).joined(separator: ", ")))" + stop
            }
            result += (result.isEmpty ? "" : " ") + sentence
        }
        return result
    }
}
