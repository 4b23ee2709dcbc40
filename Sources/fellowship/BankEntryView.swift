import FellowshipKit

/// A bank entry as a terminal card: title, activity, each code with its why, and the claim phrasing.
struct BankEntryView {
    let bank: ExampleBank
    let width: Int

    func card(_ entry: BankEntry) -> String {
        let discipline = bank.discipline(id: entry.discipline)?.name ?? entry.discipline
        var lines = [Console.styled(entry.id, .cyan) + "  " + Console.styled(entry.title, .bold)]
        lines.append(contentsOf: TextWrapping.wrap("\(discipline) · \(entry.level.rawValue) · \(entry.roles.map(\.rawValue).joined(separator: ", "))",
                                                   width: width, indent: "  ").map { Console.styled($0, .dim) })
        lines.append(contentsOf: TextWrapping.wrap(entry.activity, width: width, indent: "  "))
        for mapping in entry.dimensions {
            let label = mapping.strength == .primary ? Console.styled(mapping.code.rawValue, .green) : Console.styled(mapping.code.rawValue, .yellow)
            let strength = mapping.strength == .primary ? "primary    " : "supporting "
            lines.append(contentsOf: TextWrapping.wrap(mapping.why, width: width, indent: String(repeating: " ", count: 18),
                                                       firstIndent: "  \(label)  \(strength) "))
        }
        lines.append(contentsOf: TextWrapping.wrap(entry.claimPhrasing, width: width, indent: "    ",
                                                   firstIndent: "  " + Console.styled("In a claim:", .bold) + " "))
        return lines.joined(separator: "\n")
    }
}

/// `examples --stats` as tables.
struct BankStatisticsView {
    let width: Int

    func render(_ statistics: BankStatistics) -> String {
        var lines = [Console.styled("\(statistics.entries) entries", .bold), ""]
        lines.append(Console.styled("Discipline                                         Entries  Areas (primary)", .bold))
        for discipline in statistics.disciplines {
            lines.append(pad(discipline.name, 51) + pad(String(discipline.entries), 9) + discipline.areasCovered.map(\.rawValue).joined(separator: " "))
        }
        lines.append("")
        lines.append(Console.styled("Dimension  Primary  Any", .bold))
        for dimension in statistics.dimensions {
            lines.append(pad(dimension.code.rawValue, 11) + pad(String(dimension.primary), 9) + String(dimension.any))
        }
        lines.append("")
        lines.append(Console.styled("Level  Entries", .bold))
        for level in Level.allCases {
            lines.append(pad(level.rawValue, 7) + String(statistics.levels[level.rawValue] ?? 0))
        }
        lines.append("")
        lines.append(Console.styled("Role                        Entries", .bold))
        for role in Role.allCases {
            lines.append(pad(role.rawValue, 28) + String(statistics.roles[role.rawValue] ?? 0))
        }
        return lines.joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width - 1)) + " " : text + String(repeating: " ", count: width - text.count)
    }
}
