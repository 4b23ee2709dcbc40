import Claims
import FellowshipSupport
import Mapping
import PSF
import TextAnalysis

/// How strongly each sentence of a claim supports each dimension, and what that adds up to per dimension.
public struct ClaimAnalysis: Sendable {
    /// One sentence's mapping.
    public struct SentenceScore: Sendable {
        public var sentence: Sentence
        public var sectionTitle: String
        public var sectionKind: SectionRule.Kind?
        /// Calibrated scores per dimension (absent: no evidence), the sentence read with the one before it.
        public var scores: [DimensionCode: Double]
        public var link: Double
        /// The dimensions the sentence's words (with the sentence before) hold a strong cue phrase for; looked for
        /// only in signposted sentences.
        public var strongCues: Set<DimensionCode>

        /// Whether the sentence's own words bear out `code` as a signpost: its score reaches
        /// ``ClaimAnalysis/supportThreshold``, or it holds a strong cue phrase for the code, or, for V3, it cites a
        /// source (scholarship used as a basis for practice is what V3 asks for, and a citation is how a claim shows it).
        public func supports(_ code: DimensionCode) -> Bool {
            (scores[code] ?? 0) >= ClaimAnalysis.supportThreshold || strongCues.contains(code)
                || (code == .v3 && !sentence.citations.isEmpty)
        }
    }

    /// Where a dimension is evidenced.
    public struct Evidence: Sendable {
        public var sentence: Sentence
        public var sectionTitle: String
        public var score: Double
        public var signposted: Bool
    }

    /// The status of a dimension across the claim.
    public enum Status: String, Sendable, Codable {
        case evidenced, signposted, missing
        case notRequired = "not-required"
    }

    public struct DimensionCoverage: Sendable {
        public var code: DimensionCode
        public var required: Bool
        public var status: Status
        /// Supporting sentences, strongest first.
        public var evidence: [Evidence]
        /// Sentences that signpost the code.
        public var signposts: [Sentence]
    }

    /// A signposted code counts as supported when its sentence scores at least this (the author has pointed at it):
    /// about the lowest tenth of the scores dimensions labelled by mentors get (`make calibrate` prints them, out of
    /// fold), so a warning means the sentence is weaker evidence than nine labelled dimensions in ten.
    public static let supportThreshold = 0.1
    /// Evidence nobody signposted must be clear on its own: long sentences touch many dimensions in passing.
    public static let untaggedThreshold = 0.55

    public var sentences: [SentenceScore]
    public var coverage: [DimensionCoverage]
    /// The mapper's own threshold: unsignposted evidence must reach it.
    public var suggestionThreshold: Double

    public init(claim: Claim, requirement: Requirement, mapper: ActivityMapper) {
        var placed: [(sentence: Sentence, section: Section)] = []
        var items: [SentenceScoring.Item] = []
        for section in claim.sections where section.kind != .references {
            for paragraph in section.paragraphs {
                for (position, sentence) in paragraph.sentences.enumerated() {
                    // A signpost often closes a two-sentence example: read a signposted sentence with the one before it too.
                    let joinWith = position > 0 && !sentence.signposts.isEmpty ? items.count - 1 : nil
                    items.append(SentenceScoring.Item(prose: sentence.prose, joinWith: joinWith, signposted: !sentence.signposts.isEmpty))
                    placed.append((sentence, section))
                }
            }
        }
        let sentences = zip(placed, SentenceScoring.score(items, mapper: mapper)).map { place, result in
            SentenceScore(sentence: place.sentence, sectionTitle: place.section.title, sectionKind: place.section.kind,
                          scores: result.scores, link: result.link, strongCues: result.strongCues)
        }
        self.sentences = sentences
        suggestionThreshold = mapper.calibration.threshold
        let required = requirement.requiredCodes
        var computed: [DimensionCoverage] = DimensionCode.allCases.map { code in
            var evidence: [Evidence] = []
            var signposts: [Sentence] = []
            for item in sentences {
                let signposted = item.sentence.signpostedCodes.contains(code)
                if signposted { signposts.append(item.sentence) }
                let score = item.scores[code] ?? 0
                let supports = signposted ? item.supports(code) : score >= max(Self.untaggedThreshold, mapper.calibration.threshold)
                if supports {
                    evidence.append(Evidence(sentence: item.sentence, sectionTitle: item.sectionTitle, score: score, signposted: signposted))
                }
            }
            evidence.sort { ($0.signposted ? 1 : 0, $0.score) > ($1.signposted ? 1 : 0, $1.score) }
            // Evidenced means the author points at it and the words bear it out. Evidence nobody signposted is kept
            // (reports show it, `dimension-untagged` suggests the signpost) but does not yet count: claims are
            // expected to signpost each dimension next to its evidence, and assessors read them that way.
            let status: Status = evidence.contains(where: \.signposted) ? .evidenced : (!signposts.isEmpty ? .signposted : .missing)
            return DimensionCoverage(code: code, required: required.contains(code), status: status, evidence: evidence, signposts: signposts)
        }
        // A code that is neither required outright nor needed to make up a choice ("any two Areas") is not required.
        let evidenced = Set(computed.filter { $0.status == .evidenced }.map(\.code))
        for index in computed.indices where !computed[index].required && computed[index].status != .evidenced {
            let code = computed[index].code
            let neededForChoice = requirement.atLeast.contains { $0.of.contains(code) && $0.of.filter(evidenced.contains).count < $0.count }
            if !neededForChoice && computed[index].status == .missing { computed[index].status = .notRequired }
        }
        coverage = computed
    }

    /// The codes evidenced anywhere.
    public var evidencedCodes: Set<DimensionCode> {
        Set(coverage.filter { $0.status == .evidenced }.map(\.code))
    }

    public func coverage(of code: DimensionCode) -> DimensionCoverage {
        coverage[code.order]
    }
}
