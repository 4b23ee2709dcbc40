import FellowshipSupport

/// Signs that text is about leading or influencing other people's practice, and over how long (D3.1, D3.3).
/// Shared by the checker's `leadership-missing` rule and the category advisor, so both judge alike.
public enum LeadershipSignals {
    static let leading = CompiledPattern(
        #"\b(train(ed|ing|s)?|mentor(ed|ing|s)?|coach(ed|ing)?|led|lead(ing|s)?|chair(ed|ing)?|coordinat\w*|manag(e|ed|ing)|supervis\w*|influenc\w*|develop(ed|ing)?|introduc\w*|shap(ed|ing)|guid(ed|ing)|support(ed|ing)|observ(ed|ing)|adopt\w*|champion\w*|set up|rolled? out|shared|present(ed|ing))\b"#,
        caseInsensitive: true)
    static let others = CompiledPattern(
        #"\b(technicians?|colleagues?|staff|team|demonstrators?|teaching assistants?|GTAs?|PhD students who (teach|demonstrate)|apprentices?|peers?|departments?|faculties|facult(y|ies)|schools across|institutions?|network|sector|community of practice|other universities|new starters?|mentees?)\b"#,
        caseInsensitive: true)
    static let duration = CompiledPattern(
        #"\b(since (19|20)\d\d|over (the )?(last |past )?(two|three|four|five|six|seven|eight|nine|ten|\d+) years|for (two|three|four|five|six|seven|eight|nine|ten|\d+) years|every year|each year|annually|year on year|(19|20)\d\d\s*(–|-|to)\s*(19|20)?\d\d)\b"#,
        caseInsensitive: true)
    static let year = CompiledPattern(#"\b20\d\d\b"#)

    /// Byte-scan screens for `leading` and `others` (see ``WordScreen``): every alternative of each expression, so on
    /// plain text they settle the question without running the expressions. They are `exact`: change them with the
    /// expressions, alternative for alternative (TextScreenTests compares them on every claim sentence we have).
    static let leadingScreen = WordScreen(
        words: ["train", "trained", "training", "trains", "mentor", "mentored", "mentoring", "mentors", "coach", "coached", "coaching",
                "led", "lead", "leading", "leads", "chair", "chaired", "chairing", "manage", "managed", "managing", "develop",
                "developed", "developing", "shaped", "shaping", "guided", "guiding", "supported", "supporting", "observed",
                "observing", "shared", "presented", "presenting"],
        prefixes: ["coordinat", "supervis", "influenc", "introduc", "adopt", "champion"],
        phrases: ["set up", "rolled out", "rolle out"], exact: true)
    static let othersScreen = WordScreen(
        words: ["technician", "technicians", "colleague", "colleagues", "staff", "team", "demonstrator", "demonstrators", "gta", "gtas",
                "apprentice", "apprentices", "peer", "peers", "department", "departments", "faculties", "faculty", "institution",
                "institutions", "network", "sector", "mentee", "mentees"],
        phrases: ["teaching assistant", "teaching assistants", "phd students who teach", "phd students who demonstrate", "schools across",
                  "community of practice", "other universities", "new starter", "new starters"],
        exact: true)

    /// Whether the text describes shaping colleagues' practice: a leading verb and someone other than learners.
    public static func isLeadership(_ text: String) -> Bool {
        let leadingVerdict = leadingScreen.verdict(text)
        guard leadingVerdict != .cannotMatch else { return false }
        let othersVerdict = othersScreen.verdict(text)
        guard othersVerdict != .cannotMatch else { return false }
        return (leadingVerdict == .matches || leading.matches(text)) && (othersVerdict == .matches || others.matches(text))
    }

    /// Years (20xx) mentioned in the text.
    public static func years(in text: String) -> Set<Int> {
        Set(year.ranges(in: text).compactMap { Int(text[$0]) })
    }

    /// Whether the text states a span of time ("since 2021", "over three years", "2021–2024", "each year").
    public static func statesDuration(_ text: String) -> Bool {
        duration.matches(text)
    }
}
