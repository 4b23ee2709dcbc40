import Checking
import PSF
import Reporting

extension CohortReport {
    /// The symbols of the heat map, which print in any terminal and on paper without colour.
    static let symbols: [ClaimAnalysis.Status: String] = [.evidenced: "●", .signposted: "◐", .missing: "○", .notRequired: "·"]

    /// The report as a document for the text, HTML and Word renderers.
    public func document() -> ReportDocument {
        let summary = self.summary
        var blocks: [ReportDocument.Block] = [
            .paragraph([.strong("\(summary.people) \(summary.people == 1 ? "person" : "people"): "),
                        .text("\(summary.claims) claim\(summary.claims == 1 ? "" : "s") and \(summary.logs) activity log\(summary.logs == 1 ? "" : "s"); "),
                        .status(kind: "evidenced", text: "\(summary.ready) ready to submit"),
                        .text(summary.skipped == 0 ? "." : "; \(summary.skipped) file\(summary.skipped == 1 ? "" : "s") could not be read (listed at the end).")]),
            .heading(level: 1, text: "Technician Commitment summary"),
            .table(.init(header: ["Category", "Claims in progress", "Ready to submit", "Activity logs only", "In all"], rows: categories.map { count in
                [[.text("\(count.category.name) (\(count.category.postNominals))")], [.text(String(count.inProgress))], [.text(String(count.ready))],
                 [.text(String(count.logsOnly))], [.strong(String(count.inProgress + count.ready + count.logsOnly))]]
            })),
        ]
        let undecided = members.filter { $0.category == nil }.count
        if undecided > 0 {
            blocks.append(.paragraph([.text("\(undecided) activity log\(undecided == 1 ? " does" : "s do") not yet meet any category's minimums.")]))
        }
        blocks.append(.heading(level: 1, text: "Readiness"))
        blocks.append(.table(.init(header: ["Person", "Aiming for", "Errors", "Warnings", "Words", "Stage"], rows: members.map { member in
            let aim = member.category.map { $0.postNominals + (member.categorySuggested ? " (suggested)" : "") } ?? "none yet"
            let words = member.words.map { words in member.wordLimit.map { "\(words)/\($0)" } ?? String(words) } ?? "–"
            return [[.strong(member.id)], [.text(aim)], [.text(String(member.errors))], [.text(String(member.warnings))], [.text(words)],
                    [.status(kind: member.ready ? "evidenced" : member.kind == .log ? "not-required" : "error", text: member.stage)]]
        })))
        blocks.append(.heading(level: 1, text: "Heat map: dimensions by person"))
        blocks.append(.paragraph([.text("● evidenced   ◐ signposted only   ○ missing   · not required for the category")]))
        blocks.append(.table(.init(header: ["Person"] + DimensionCode.allCases.map(\.rawValue), rows: members.map { member in
            [[.strong(member.id)]] + member.statuses.map { status in [.status(kind: status.rawValue, text: Self.symbols[status] ?? "?")] }
        }, kind: .heatMap)))
        if !commonFindings.isEmpty {
            blocks.append(.heading(level: 1, text: "Most common findings"))
            blocks.append(.table(.init(header: ["Finding", "People", "What it means"], rows: commonFindings.prefix(10).map { finding in
                [[.strong(finding.rule)], [.text(String(finding.people))], [.text(finding.summary)]]
            })))
        }
        if !weakest.isEmpty {
            blocks.append(.heading(level: 1, text: "Where the cohort is weakest: suggested workshop focus"))
            blocks.append(.list(weakest.prefix(5).map { weakness in
                var runs: [ReportDocument.Inline] = [.badge(code: weakness.code.rawValue, tooltip: weakness.statement),
                                                     .text(" \(weakness.statement): \(weakness.lacking) of \(members.count) need it and do not yet show it")]
                if weakness.signpostedOnly > 0 { runs.append(.text(" (\(weakness.signpostedOnly) signpost it with no sentence that shows it)")) }
                runs.append(.text(". "))
                runs.append(.emphasis("Focus: \(weakness.question)"))
                return runs
            }))
        }
        if !skipped.isEmpty {
            blocks.append(.heading(level: 1, text: "Files that could not be read"))
            blocks.append(.list(skipped.map { [.text($0.problem)] }))
        }
        return ReportDocument(title: "Cohort report", subtitle: "\(folder): people are shown by initials or file name only", blocks: blocks)
    }
}
