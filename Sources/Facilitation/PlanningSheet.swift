import Reporting

/// The one-page sheet a participant fills in by hand for their own claim.
struct PlanningSheet {
    var guide: WorkshopGuide.Planning
    /// How many referees the chosen category and scheme ask for, when known.
    var referees: Int?

    func blocks() -> [ReportDocument.Block] {
        let fields: [[[ReportDocument.Inline]]] = guide.fields.map { field in
            let label = field == guide.fields.dropFirst(3).first && referees != nil ? "\(field) (\(referees ?? 0) needed)" : field
            return [[.strong(label)], [.text("")]]
        }
        let blank = Array(repeating: [ReportDocument.Inline.text("")], count: guide.columns.count)
        return [
            .heading(level: 1, text: guide.heading),
            .table(.init(header: ["About my claim", ""], rows: fields, kind: .form(rowHeight: 7), widths: [40, 60])),
            .heading(level: 2, text: guide.activitiesHeading),
            .table(.init(header: guide.columns, rows: Array(repeating: blank, count: max(1, guide.rows)), kind: .form(rowHeight: 15), widths: guide.columns.count == 5 ? [26, 16, 16, 21, 21] : nil)),
            .heading(level: 2, text: guide.nextHeading),
            .table(.init(header: ["", "Step", "By when"], rows: (1...max(1, guide.nextRows)).map { [[.text(String($0))], [.text("")], [.text("")]] },
                         kind: .form(rowHeight: 9), widths: [6, 70, 24])),
        ]
    }
}
