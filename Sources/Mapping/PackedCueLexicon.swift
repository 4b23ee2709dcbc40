import FellowshipSupport
import PSF

extension CueLexicon {
    /// Reads the lexicon the ResourceEmbedder packed at build time (its LexiconCompiler): one record per phrase with
    /// section, key, strength, phrase and stems, in the order ``init(yaml:file:)`` lists them. It then goes through
    /// the same de-duplication and ordering as a lexicon read from YAML, with the stems the build worked out instead
    /// of running the stemmer now.
    init(packed: String) throws {
        var candidates: [Cue] = []
        for record in PackedText.split(packed, by: PackedText.record) {
            let fields = PackedText.split(record, by: PackedText.field)
            guard fields.count == 5, let weight = Self.weights[String(fields[2])] else {
                throw InputError("the packed cue lexicon is malformed")
            }
            let key = String(fields[1])
            let target: Target
            if fields[0] == "link", let link = Self.linkTarget(key) {
                target = link
            } else if fields[0] == "dimensions", let code = DimensionCode(parsing: key) {
                target = .dimension(code)
            } else {
                throw InputError("the packed cue lexicon names an unknown target ‘\(key)’")
            }
            candidates.append(Cue(stems: PackedText.split(fields[4], by: PackedText.item).map(String.init), phrase: String(fields[3]),
                                  target: target, weight: weight))
        }
        self.init(candidates: candidates)
    }
}
