import FellowshipSupport
import PSF

extension CueLexicon {
    /// Reads the lexicon the ResourceEmbedder packed at build time (its LexiconCompiler): one record per phrase with
    /// section, key, strength, phrase and stems, already de-duplicated and in order. It still goes through the same
    /// validation, de-duplication and ordering as a lexicon read from YAML (which then find nothing to do), with the
    /// stems the build worked out instead of running the stemmer now.
    init(packed: String) throws {
        let candidates = try PackedText.withBytes(of: packed) { bytes -> [Cue] in
            var candidates: [Cue] = []
            for record in bytes.split(bytes.all, by: PackedText.record) {
                let fields = bytes.split(record, by: PackedText.field)
                guard fields.count == 5, let weight = Self.weights[bytes.string(fields[2])] else {
                    throw InputError("the packed cue lexicon is malformed")
                }
                let section = bytes.string(fields[0]), key = bytes.string(fields[1])
                let target: Target
                if section == "link", let link = Self.linkTarget(key) {
                    target = link
                } else if section == "dimensions", let code = DimensionCode(parsing: key) {
                    target = .dimension(code)
                } else {
                    throw InputError("the packed cue lexicon names an unknown target ‘\(key)’")
                }
                candidates.append(Cue(stems: bytes.split(fields[4], by: PackedText.item).map(bytes.string), phrase: bytes.string(fields[3]),
                                      target: target, weight: weight))
            }
            return candidates
        }
        self.init(candidates: candidates)
    }
}
