import FellowshipSupport

/// What one scheme asks of a claim in one category.
public struct CategoryRules: Sendable, Codable, Hashable {
    public var category: Category
    /// The limit on counted words.
    public var wordLimit: WordLimit
    /// What counts towards the limit.
    public var counting: Counting
    /// How many referees, where known.
    public var referees: Referees?
    /// Case studies (Senior Fellow), where the scheme asks for them.
    public var caseStudies: CaseStudies?
    /// The sections, in the order a claim should have them.
    public var sections: [SectionRule]

    enum CodingKeys: String, CodingKey {
        case category, counting, referees, sections
        case wordLimit = "word_limit", caseStudies = "case_studies"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        category = try container.decode(Category.self, forKey: .category)
        wordLimit = try container.decode(WordLimit.self, forKey: .wordLimit)
        counting = try container.decodeIfPresent(Counting.self, forKey: .counting) ?? Counting()
        referees = try container.decodeIfPresent(Referees.self, forKey: .referees)
        caseStudies = try container.decodeIfPresent(CaseStudies.self, forKey: .caseStudies)
        sections = try container.decode([SectionRule].self, forKey: .sections)
        let path = container.codingPath
        if sections.isEmpty {
            throw DecodingError.invalid("no sections are listed for \(category.name)", hint: "list at least the account of practice",
                                        at: path + [CodingKeys.sections])
        }
        var ids: Set<String> = []
        for (index, section) in sections.enumerated() where !ids.insert(section.id).inserted {
            throw DecodingError.invalid("the section id ‘\(section.id)’ is used twice", hint: "give each section its own id",
                                        at: path + [CodingKeys.sections, IndexKey(index)])
        }
        let caseStudySections = sections.filter { $0.kind == .caseStudy }.count
        if let caseStudies, caseStudies.count != caseStudySections {
            throw DecodingError.invalid("case_studies asks for \(caseStudies.count) but \(caseStudySections) case-study sections are listed",
                                        hint: "list one section of kind case-study for each case study",
                                        at: path + [CodingKeys.caseStudies])
        }
    }

    /// The section rule a heading belongs to, matched against the accepted wordings (case and punctuation ignored).
    /// For many headings, make one ``HeadingMatcher`` and ask it.
    public func section(forHeading heading: String) -> SectionRule? {
        HeadingMatcher(rules: self).section(forHeading: heading)
    }
}

/// Word limit for a category, with where the figures came from.
public struct WordLimit: Sendable, Codable, Hashable {
    /// Below this a claim is probably too thin (a warning).
    public var target: Int?
    /// Above this (plus tolerance) a claim is over the limit (an error).
    public var maximum: Int
    /// How far over the maximum is tolerated, as a fraction (0.1 = 10%).
    public var tolerance: Double
    public var source: String
    public var checked: String?

    /// The highest count accepted.
    public var ceiling: Int { maximum + Int((Double(maximum) * tolerance).rounded(.down)) }

    enum CodingKeys: String, CodingKey { case target, maximum, tolerance, source, checked }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        target = try container.decodeIfPresent(Int.self, forKey: .target)
        maximum = try container.decode(Int.self, forKey: .maximum)
        tolerance = try container.decodeIfPresent(Double.self, forKey: .tolerance) ?? 0
        source = try container.decode(String.self, forKey: .source)
        checked = try container.decodeIfPresent(String.self, forKey: .checked)
        if maximum <= 0 {
            throw DecodingError.invalid("the maximum must be a positive number of words", hint: "for example maximum: 3000",
                                        at: container.codingPath + [CodingKeys.maximum])
        }
        if let target, target <= 0 || target > maximum {
            throw DecodingError.invalid("the target (\(target)) must be between 1 and the maximum (\(maximum))",
                                        hint: "lower the target or raise the maximum", at: container.codingPath + [CodingKeys.target])
        }
        if tolerance < 0 || tolerance > 0.5 {
            throw DecodingError.invalid("the tolerance must be a fraction between 0 and 0.5", hint: "for example tolerance: 0.1 for 10%",
                                        at: container.codingPath + [CodingKeys.tolerance])
        }
    }
}

/// What counts towards a word limit.
public struct Counting: Sendable, Codable, Hashable {
    public var headings = false
    public var signposts = false
    public var references = false
    public init() {}
}

/// Referees a category needs.
public struct Referees: Sendable, Codable, Hashable {
    /// Nil where the number is not confirmed.
    public var count: Int?
    public var source: String
}

/// Case studies a category needs.
public struct CaseStudies: Sendable, Codable, Hashable {
    public var count: Int
    public var source: String
}
