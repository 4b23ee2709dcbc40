import PSF

/// One dimension a statement can evidence, with how sure the mapper is and why.
public struct Suggestion: Sendable, Hashable, Encodable {
    public var dimension: DimensionCode
    /// Calibrated confidence in 0…1: about the share of statements with this score that a mentor would agree evidence it.
    public var score: Double
    /// The words or phrases of the input that triggered it, with where they are.
    public var because: [Trigger]
    /// Ids of the nearest bank entries mapped to this dimension.
    public var examples: [String]

    /// A matched word or phrase of the input.
    public struct Trigger: Sendable, Hashable {
        /// The text as the user wrote it.
        public var text: String
        /// Where it is in the input.
        public var range: Range<String.Index>
        /// Character offsets of `range` (start inclusive, end exclusive), for tools outside Swift.
        public var start: Int
        public var end: Int
    }

    enum CodingKeys: String, CodingKey { case dimension, score, because, spans, examples }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dimension, forKey: .dimension)
        try container.encode((score * 100).rounded() / 100, forKey: .score)
        try container.encode(because.map(\.text), forKey: .because)
        try container.encode(because.map { [$0.start, $0.end] }, forKey: .spans)
        try container.encode(examples, forKey: .examples)
    }
}
