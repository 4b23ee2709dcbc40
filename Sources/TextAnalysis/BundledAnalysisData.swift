import FellowshipSupport
import Tokenisation

extension AnalysisData {
    /// The data of `Resources/text/`, packed at build time by the ResourceEmbedder and unpacked once on first use
    /// (no YAML parsing at start-up).
    public static let bundled: AnalysisData = loadBundled()

    /// Unpacks the bundled data afresh (the benchmark measures this; everything else uses ``bundled``).
    package static func loadBundled() -> AnalysisData {
        BundledData.load("text data") {
            guard let data = AnalysisData(packed: EmbeddedAnalysisData.packed) else {
                throw InputError("the packed text data is malformed")
            }
            return data
        }
    }
}

extension Analyser {
    /// An analyser with the bundled data.
    public convenience init() {
        self.init(data: .bundled)
    }
}
