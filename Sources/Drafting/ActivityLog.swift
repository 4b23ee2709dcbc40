import FellowshipSupport
import PSF

/// What a technician does, in their own words, before any drafting: the input to `build` and `category`.
///
/// ```yaml
/// applicant: Sam Example        # all optional, as in a claim's front matter
/// role: Teaching Laboratory Technician
/// discipline: Life sciences
/// institution: A UK university
/// category: associate-fellow    # optional: what they think they are aiming for
/// activities:
///   - text: I run the bench induction on the safety cabinets …   # required
///     when: 2023-2025
///     who: second-year microbiology students
///     evidence: sign-off records; fewer contamination incidents
///     notes: started after a near miss
/// ```
public struct ActivityLog: Sendable, Decodable {
    public struct Activity: Sendable, Decodable {
        public var text: String
        public var when: String?
        public var who: String?
        public var evidence: String?
        public var notes: String?
        /// Where the activity's text is in the file.
        public var location: SourceLocation?

        enum CodingKeys: String, CodingKey { case text, when, who, evidence, notes }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            text = try container.decode(String.self, forKey: .text).trimmed
            if text.isEmpty {
                throw DecodingError.invalid("an activity has no text", hint: "write what you do in a sentence or two, starting with ‘I’",
                                            at: container.codingPath + [CodingKeys.text])
            }
            func optional(_ key: CodingKeys) throws -> String? {
                if let text = try? container.decodeIfPresent(String.self, forKey: key) { return text }
                if let number = try? container.decodeIfPresent(Int.self, forKey: key) { return String(number) }
                return nil
            }
            when = try optional(.when)
            who = try optional(.who)
            evidence = try optional(.evidence)
            notes = try optional(.notes)
        }

        /// What goes into a draft: the activity and the technician's notes (their own words, usually the why),
        /// the notes only tidied into a sentence (capital first letter, closing full stop).
        public var draftProse: String {
            guard var notes = notes?.trimmed, !notes.isEmpty else { return text }
            if let first = notes.first, first.isLowercase { notes = first.uppercased() + notes.dropFirst() }
            if let last = notes.last, !".!?".contains(last) { notes += "." }
            var body = text
            if let last = body.last, !".!?".contains(last) { body += "." }
            return body + " " + notes
        }

        public init(text: String, when: String? = nil, who: String? = nil, evidence: String? = nil, notes: String? = nil) {
            self.text = text
            self.when = when
            self.who = who
            self.evidence = evidence
            self.notes = notes
        }
    }

    public var applicant: String?
    public var role: String?
    public var discipline: String?
    public var institution: String?
    public var category: String?
    public var activities: [Activity]
    public var file: String

    enum CodingKeys: String, CodingKey { case applicant, role, discipline, institution, category, activities }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        applicant = try container.decodeIfPresent(String.self, forKey: .applicant)
        role = try container.decodeIfPresent(String.self, forKey: .role)
        discipline = try container.decodeIfPresent(String.self, forKey: .discipline)
        institution = try container.decodeIfPresent(String.self, forKey: .institution)
        category = try container.decodeIfPresent(String.self, forKey: .category)
        guard container.contains(.activities) else {
            throw DecodingError.invalid("the log has no ‘activities:’ list", hint: "add ‘activities:’ and under it ‘- text: I …’ for each thing you do",
                                        at: container.codingPath)
        }
        activities = try container.decode([Activity].self, forKey: .activities)
        if activities.isEmpty {
            throw DecodingError.invalid("the log lists no activities", hint: "add ‘- text: I …’ for each thing you do",
                                        at: container.codingPath + [CodingKeys.activities])
        }
        file = ""
    }

    /// The error for a log none of whose activities has a teaching link, saying plainly what would count.
    public static func noTeachingLink(in file: String) -> InputError {
        InputError("none of the activities in the log has a link to teaching or supporting learning", at: SourceLocation(file: file),
                   hint: "activities that count: demonstrating or inductions, helping students one to one, designing practicals, signing off competence or giving feedback, training colleagues, your own development")
    }

    /// Reads a log file; every problem is reported at `file:line:column` with a hint.
    public static func read(_ path: String) throws -> ActivityLog {
        let text = try TextFile.read(path, sizeLimit: 2 * 1_048_576)
        guard !text.trimmed.isEmpty else {
            throw InputError("the activity log is empty", at: SourceLocation(file: path, line: 1, column: 1),
                             hint: "list what you do under ‘activities:’, one ‘- text: I …’ each (see README)")
        }
        var log = try YAMLLoader.decode(ActivityLog.self, from: text, file: path)
        log.file = path
        if let root = try YAMLLoader.compose(text, file: path) {
            for index in log.activities.indices {
                log.activities[index].location = YAMLLoader.location(of: [ActivityKey.activities, ActivityKey.index(index), ActivityKey.text],
                                                                     in: root, file: path)
            }
        }
        return log
    }
}

private enum ActivityKey: CodingKey {
    case activities, text, index(Int)

    var stringValue: String {
        switch self {
        case .activities: return "activities"
        case .text: return "text"
        case .index(let value): return String(value)
        }
    }
    var intValue: Int? { if case .index(let value) = self { return value } else { return nil } }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self = .index(intValue) }
}
