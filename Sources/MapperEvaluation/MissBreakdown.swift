import Mapping
import PSF
import TextAnalysis

/// Why primary labels were missed, as totals: the statement's teaching link was under the gate, the dimension had
/// no evidence at all, its score was under the threshold, or it ranked below fifth. Only counts are printed, so it
/// may be run on the held-out sets without showing a single statement.
struct MissBreakdown {
    var primary = 0
    var gated = 0
    var noEvidence = 0
    var belowThreshold = 0
    var beyondFifth = 0
    var noLinkReturned = 0

    init(mapper: ActivityMapper, statements: [LabelledStatement]) {
        let analyser = Analyser()
        for statement in statements {
            let returned = mapper.suggestions(for: statement.text, limit: 15, analyser: analyser).map(\.dimension)
            guard !statement.primary.isEmpty else {
                if !returned.isEmpty { noLinkReturned += 1 }
                continue
            }
            let (scores, link) = mapper.scores(for: statement.text, analyser: analyser)
            for code in statement.primary {
                primary += 1
                if returned.prefix(5).contains(code) { continue }
                if link < mapper.calibration.minimumLink { gated += 1 }
                else if scores[code] == nil { noEvidence += 1 }
                else if let score = scores[code], score < mapper.calibration.threshold { belowThreshold += 1 }
                else { beyondFifth += 1 }
            }
        }
    }

    var report: String {
        """
          misses of \(primary) primary labels: gated by the teaching link \(gated), no evidence \(noEvidence), \
        under the threshold \(belowThreshold), below fifth \(beyondFifth); no-link statements given something \(noLinkReturned)
        """
    }
}
