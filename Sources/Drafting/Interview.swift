import FellowshipSupport
import Mapping
import PSF
import TextAnalysis
import Yams

/// A friendly conversation that walks a technician through their practice, Area by Area, maps each answer as it
/// goes, asks follow-ups for dimensions not yet shown, and ends with an activity log. Reads and writes through
/// closures, so a terminal, a pipe and a test all drive it the same way.
public struct Interview {
    public let mapper: ActivityMapper
    public let framework: Framework

    /// The opening question for each Area of Activity, in plain English.
    static let areaQuestions: [(DimensionCode, String)] = [
        (.a2, "Tell me about a session you run or help with: a demonstration, an induction, a practical. What do you do, and with whom?"),
        (.a4, "Tell me about a time a student struggled with a technique or a project. What did you do?"),
        (.a3, "Do you check or sign off what students can do, or give them feedback on their work? How?"),
        (.a1, "Have you planned or redesigned a session, practical or resource? What was it meant to help students learn?"),
        (.a5, "What have you learned recently (a course, new kit, a network, reading), and what did you change because of it?"),
    ]

    public init(mapper: ActivityMapper = ActivityMapper(), framework: Framework = .psf2023) {
        self.mapper = mapper
        self.framework = framework
    }

    /// Runs the conversation. `ask` shows a prompt and returns the answer (nil at the end of input).
    /// Returns the log as YAML text.
    public func run(ask: (String) -> String?, say: (String) -> Void) -> (yaml: String, activities: Int) {
        say("Hello. I'll ask about what you do with students and colleagues, one thing at a time. There are no wrong answers:")
        say("say it as you would to a colleague. Leave an answer blank to skip a question, or type 'done' to finish early.")
        var details: [(String, String)] = []
        for (key, question) in [("applicant", "What is your name?"), ("role", "What is your job title?"), ("discipline", "Which subject area do you work in?")] {
            guard let answer = ask(question) else { return finish(details, [], say: say) }
            if answer.lowercased() == "done" { return finish(details, [], say: say) }
            if !answer.isEmpty { details.append((key, answer)) }
        }
        var activities: [(text: String, evidence: String?)] = []
        var covered: Set<DimensionCode> = []
        let analyser = Analyser()
        func take(_ question: String) -> Bool {
            guard let answer = ask(question) else { return false }
            if answer.lowercased() == "done" { return false }
            guard !answer.isEmpty else { return true }
            let suggestions = mapper.suggestions(for: answer, limit: 3, analyser: analyser)
            if suggestions.isEmpty {
                say("Thanks. I can't see a link to teaching or learning in that yet: who learns, and what do you do with them?")
            } else {
                covered.formUnion(suggestions.map(\.dimension))
                say("That sounds like " + suggestions.map { "\($0.dimension.rawValue) (\(framework.dimension($0.dimension).statement.lowercased()))" }
                    .joined(separator: "; ") + ".")
            }
            let evidence = ask("How do you know it helped? Any feedback, numbers or changes you noticed?")
            activities.append((answer, evidence.flatMap { $0.isEmpty || $0.lowercased() == "done" ? nil : $0 }))
            return evidence?.lowercased() != "done" && evidence != nil
        }
        var going = true
        for (_, question) in Self.areaQuestions where going { going = take(question) }
        // Follow-ups for what is not shown yet, values and knowledge first.
        let missing = DimensionCode.allCases.filter { !covered.contains($0) }
        for code in missing.prefix(6) where going {
            let prompt = framework.dimension(code).questions.first ?? framework.dimension(code).statement
            going = take(prompt)
        }
        return finish(details, activities, say: say)
    }

    private func finish(_ details: [(String, String)], _ activities: [(text: String, evidence: String?)], say: (String) -> Void) -> (yaml: String, activities: Int) {
        var node: [String: Any] = [:]
        for (key, value) in details { node[key] = value }
        node["activities"] = activities.map { activity -> [String: Any] in
            var item: [String: Any] = ["text": activity.text]
            if let evidence = activity.evidence { item["evidence"] = evidence }
            return item
        }
        let yaml = (try? Yams.dump(object: node, allowUnicode: true, sortKeys: true)) ?? ""
        say("Thank you: that's \(activities.count) activit\(activities.count == 1 ? "y" : "ies"). Next: fellowship category and fellowship build on the log.")
        return (yaml, activities.count)
    }
}
