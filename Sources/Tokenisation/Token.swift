/// A word of the input, normalised for matching, with where it came from.
public struct Token: Sendable, Hashable {
    /// Lower case, folded to one spelling, abbreviations expanded (one token of the expansion).
    public var word: String
    /// The Snowball stem of `word`.
    public var stem: String
    /// Where the word (or the abbreviation it expands) sits in the original text.
    public var range: Range<String.Index>
    /// True for very common words that say nothing about the activity.
    public var isStopword: Bool
}
