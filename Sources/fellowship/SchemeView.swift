import FellowshipKit

/// Terminal text for `fellowship schemes`.
struct SchemeView {
    let width: Int

    func list(_ profiles: [SchemeProfile]) -> String {
        var lines: [String] = []
        for profile in profiles {
            var title = Console.styled(profile.id, .cyan) + "  " + profile.name
            if profile.isDefault { title += Console.styled("  (default)", .dim) }
            lines.append(title)
            for rules in profile.categories {
                lines.append("    " + pad(rules.category.name, 18) + limitText(rules))
            }
            if profile.provisional {
                lines.append(contentsOf: TextWrapping.wrap("Figures to be confirmed: \(profile.checked)", width: width, indent: "    ")
                    .map { Console.styled($0, .yellow) })
            }
            lines.append("")
        }
        lines.append(contentsOf: TextWrapping.wrap("Show one in full: fellowship schemes --scheme advance-he-direct. Use your own figures: --scheme my-scheme.yaml with any command.", width: width))
        return lines.joined(separator: "\n")
    }

    func detail(_ profile: SchemeProfile) -> String {
        var lines = [Console.styled("\(profile.name) (\(profile.id))", .bold)]
        lines.append(contentsOf: TextWrapping.wrap(profile.description, width: width))
        lines.append(contentsOf: TextWrapping.wrap("Source: \(profile.source)", width: width, indent: "  "))
        lines.append(contentsOf: TextWrapping.wrap("Checked: \(profile.checked)", width: width, indent: "  "))
        for rules in profile.categories {
            lines.append("")
            lines.append(Console.styled("\(rules.category.name) (\(rules.category.postNominals))", .bold) + "  " + limitText(rules))
            lines.append(contentsOf: TextWrapping.wrap("Limit from: \(rules.wordLimit.source)", width: width, indent: "    ", firstIndent: "  "))
            lines.append("  Counted: " + countingText(rules.counting))
            if let referees = rules.referees {
                let count = referees.count.map { "\($0)" } ?? "not confirmed"
                lines.append(contentsOf: TextWrapping.wrap("Referees: \(count) (\(referees.source))", width: width, indent: "    ", firstIndent: "  "))
            }
            if let caseStudies = rules.caseStudies {
                lines.append("  Case studies: \(caseStudies.count)")
            }
            lines.append("  Sections:")
            for section in rules.sections {
                var line = "    " + pad(section.title, 34) + (section.required ? "required" : "optional")
                if !section.counted { line += ", not counted" }
                if let maximum = section.words?.maximum { line += ", up to \(maximum.formatted()) words" }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    private func limitText(_ rules: CategoryRules) -> String {
        let limit = rules.wordLimit
        var text = "up to \(limit.maximum.formatted()) words"
        if let target = limit.target { text = "aim for \(target.formatted())+, " + text }
        if limit.tolerance > 0 { text += " (+\(Int(limit.tolerance * 100))% tolerated)" }
        return text
    }

    private func countingText(_ counting: Counting) -> String {
        var counted = ["body text"]
        if counting.headings { counted.append("headings") }
        if counting.signposts { counted.append("signposts") }
        if counting.references { counted.append("references") }
        return counted.joined(separator: ", ")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

extension Int {
    /// 1400 → "1,400".
    func formatted() -> String {
        let digits = String(abs(self))
        var result = ""
        for (index, character) in digits.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return (self < 0 ? "-" : "") + String(result.reversed())
    }
}
