import FellowshipSupport
import PSF

/// The lines at the top of a claim, or the rows of a template's cover table, that say who it is from and what it
/// is for: `Name: Sam Example`, `Category: Fellow (FHEA)`, our exporter's `Fellow (FHEA) · scheme · 2,950 of 3,000
/// words`. They become front matter instead of claim text.
enum TitleBlock {
    /// A front-matter field, with the paragraph it came from.
    struct Field {
        var key: String
        var value: String
        var paragraph: Int
        var excerpt: String
    }

    /// Labels people give each field, lower-case, without the colon.
    static let labels: [String: String] = [
        "name": "applicant", "applicant": "applicant", "applicant name": "applicant", "your name": "applicant", "full name": "applicant",
        "role": "role", "job title": "role", "position": "role", "current role": "role", "post": "role",
        "discipline": "discipline", "subject": "discipline", "subject area": "discipline", "department": "discipline",
        "school": "discipline", "faculty": "discipline", "discipline or department": "discipline",
        "institution": "institution", "university": "institution", "organisation": "institution", "organization": "institution",
        "employer": "institution", "institution or organisation": "institution",
        "category": "category", "fellowship category": "category", "category applied for": "category", "category of fellowship": "category",
        "descriptor": "category", "fellowship": "category",
        "claim title": "title", // not "Title": on a form that is Dr, Ms, Mr
    ]

    /// The front-matter key for a label (`Job title:` → `role`), or nil.
    static func key(forLabel label: String) -> String? {
        var text = label.trimmed.lowercased()
        while let last = text.last, last == ":" || last == "*" { text.removeLast() }
        return labels[text.trimmed]
    }

    /// `Label: value` on one line, when the label is one we know and the line is short.
    static func field(in text: String) -> (key: String, value: String)? {
        guard let colon = text.firstIndex(of: ":"), text.split(separator: " ").count <= 16 else { return nil }
        guard let key = key(forLabel: String(text[..<colon])) else { return nil }
        let value = text[text.index(after: colon)...].trimmed
        return value.isEmpty ? nil : (key, value)
    }

    /// `Fellow (FHEA) · Advance HE … · 2,950 of 3,000 words`: the status line `fellowship export` writes under the title.
    static func exportStatusCategory(_ text: String) -> Category? {
        guard text.hasSuffix(" words"), text.contains(" · "), let name = text.split(separator: "(").first else { return nil }
        let category = Category.allCases.first { $0.name == name.trimmed }
        guard let category, text.hasPrefix("\(category.name) (\(category.postNominals)) · ") else { return nil }
        return category
    }

    /// The category a line names without doubt: post-nominals (`SFHEA`) or a full name (`Senior Fellowship`).
    /// A bare "Fellow" or "fellowship" says nothing (every application is for a fellowship).
    static func mentionedCategory(in text: String) -> Category? {
        var found: Set<Category> = []
        let words = text.split(whereSeparator: { !$0.isLetter })
        for (index, word) in words.enumerated() {
            switch word {
            case "AFHEA": found.insert(.associateFellow)
            case "FHEA": found.insert(.fellow)
            case "SFHEA": found.insert(.seniorFellow)
            case "PFHEA": found.insert(.principalFellow)
            default:
                let lowered = word.lowercased()
                guard lowered == "fellow" || lowered == "fellowship", index > 0 else { continue }
                switch words[index - 1].lowercased() {
                case "associate": found.insert(.associateFellow)
                case "senior": found.insert(.seniorFellow)
                case "principal": found.insert(.principalFellow)
                default: break
                }
            }
        }
        return found.count == 1 ? found.first : nil
    }
}
