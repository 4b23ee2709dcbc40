import Foundation
import PSF

/// The mapper's quality figures over a labelled set.
///
/// - P@1: the top suggestion is among the statement's primary or secondary labels (linked statements).
/// - P@3: of the top three suggestions returned (fewer if fewer were returned), the share labelled; nothing
///   returned counts as 0.
/// - R@5: the share of all primary labels found in the top five.
/// - Precision, recall and F1 of the whole returned list: precision against primary ∪ secondary, recall against
///   primary, micro-averaged over linked statements.
/// - No-link: the share of statements with no teaching link that get no suggestion.
package struct Metrics {
    package init() {}

    package var statements = 0
    package var linked = 0
    package var topRight = 0
    package var precisionAt3Sum = 0.0
    package var primaryTotal = 0
    package var primaryInTop5 = 0
    package var returned = 0
    package var returnedRelevant = 0
    package var returnedPrimary = 0
    package var noLink = 0
    package var noLinkEmpty = 0

    package mutating func add(returned codes: [DimensionCode], primary: [DimensionCode], secondary: [DimensionCode]) {
        statements += 1
        guard !primary.isEmpty else {
            noLink += 1
            if codes.isEmpty { noLinkEmpty += 1 }
            return
        }
        linked += 1
        let relevant = Set(primary + secondary)
        if let first = codes.first, relevant.contains(first) { topRight += 1 }
        let top3 = codes.prefix(3)
        if !top3.isEmpty { precisionAt3Sum += Double(top3.filter(relevant.contains).count) / Double(top3.count) }
        primaryTotal += primary.count
        primaryInTop5 += primary.filter(codes.prefix(5).contains).count
        returned += codes.count
        returnedRelevant += codes.filter(relevant.contains).count
        returnedPrimary += codes.filter(primary.contains).count
    }

    package var precisionAt1: Double { ratio(topRight, linked) }
    package var precisionAt3: Double { linked == 0 ? 0 : precisionAt3Sum / Double(linked) }
    package var recallAt5: Double { ratio(primaryInTop5, primaryTotal) }
    package var precision: Double { ratio(returnedRelevant, returned) }
    package var recall: Double { ratio(returnedPrimary, primaryTotal) }
    package var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    package var noLinkRate: Double { ratio(noLinkEmpty, noLink) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    package func report(title: String) -> String {
        func percent(_ value: Double) -> String { String(format: "%5.1f%%", value * 100) }
        return """
        \(title): \(statements) statements (\(linked) linked, \(noLink) with no teaching link)
          P@1                       \(percent(precisionAt1))   (target ≥ 80%)
          P@3                       \(percent(precisionAt3))
          primary recall in top 5   \(percent(recallAt5))   (target ≥ 85%)
          returned list precision   \(percent(precision))
          returned list recall      \(percent(recall))
          returned list F1          \(String(format: "%5.3f", f1))    (target ≥ 0.65)
          no-link given nothing     \(percent(noLinkRate))   (target ≥ 75%)
        """
    }
}
