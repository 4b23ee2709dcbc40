import FellowshipSupport

extension CueLexicon {
    /// Reads the lexicon the ResourceEmbedder packed at build time (its LexiconCompiler): one record per phrase with
    /// section, key, strength, phrase and stems. It then goes through the same validation and ordering as a lexicon
    /// read from YAML, with the stems the build worked out instead of running the stemmer now.
    init(packed: String) throws {
        var link: [String: [String: [String]]] = [:]
        var dimensions: [String: [String: [String]]] = [:]
        var stems: [String: [String]] = [:]
        for record in PackedText.split(packed, by: PackedText.record) {
            let fields = PackedText.split(record, by: PackedText.field)
            guard fields.count == 5 else { throw InputError("the packed cue lexicon is malformed") }
            let key = String(fields[1]), strength = String(fields[2]), phrase = String(fields[3])
            if fields[0] == "link" {
                link[key, default: [:]][strength, default: []].append(phrase)
            } else {
                dimensions[key, default: [:]][strength, default: []].append(phrase)
            }
            stems[phrase] = PackedText.split(fields[4], by: PackedText.item).map(String.init)
        }
        try self.init(link: link, dimensions: dimensions, file: "lexicon/cues.yaml") { stems[$0] ?? [] }
    }
}
