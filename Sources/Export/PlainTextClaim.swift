import Claims
import FellowshipSupport
import PSF

/// A claim as plain text for pasting into an online form: headings in capitals, a blank line between paragraphs,
/// signposts kept, references at the end, and nothing a form would mangle (straight quotes, no tabs, no soft
/// hyphens or other invisible characters).
public enum PlainTextClaim {
    public static func render(_ claim: Claim) -> String {
        var blocks: [String] = []
        if let title = claim.frontMatter.title { blocks.append(clean(title).uppercased()) }
        for section in claim.sections {
            if let heading = section.heading { blocks.append(clean(heading.text).uppercased()) }
            if section.kind == .references {
                blocks.append(contentsOf: claim.references.map { clean($0.text) })
                continue
            }
            var subheadings = section.subheadings[...]
            for paragraph in section.paragraphs {
                while let next = subheadings.first, next.location.line < paragraph.location.line {
                    blocks.append(clean(next.text))
                    subheadings = subheadings.dropFirst()
                }
                blocks.append((paragraph.isListItem ? "- " : "") + clean(paragraph.text))
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Straight quotes and dashes, tabs as spaces, invisible characters removed.
    static func clean(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201B}": result += "'"
            case "\u{201C}", "\u{201D}", "\u{201F}": result += "\""
            case "\u{2013}", "\u{2014}": result += "-"
            case "\u{2026}": result += "..."
            case "\t", "\u{00A0}": result += " "
            case "\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}": break
            default:
                if scalar.value < 0x20 && scalar != "\n" { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
