import FellowshipSupport
import XMLSupport

/// What a Word document says about itself: the title and author from `docProps/core.xml`, the application from
/// `docProps/app.xml`, and the claim's front matter that `fellowship export` keeps in `docProps/custom.xml`.
struct CoreProperties {
    var title: String?
    var creator: String?
    var application: String?
    /// Custom properties by name (`fellowship.category` …).
    var custom: [String: String] = [:]

    /// The prefix of the custom properties `fellowship export` writes.
    static let prefix = "fellowship."

    init() {}

    init(core: XMLElement?, app: XMLElement?, custom: XMLElement?) {
        if let core {
            for child in core.children {
                switch child.name {
                case "title": title = child.text.trimmed.nilIfEmpty
                case "creator": creator = child.text.trimmed.nilIfEmpty
                default: break
                }
            }
        }
        application = app?.child(named: "Application")?.text.trimmed.nilIfEmpty
        if let custom {
            for property in custom.children where property.name == "property" {
                guard let name = property.attribute("name"), let value = property.children.first?.text else { continue }
                self.custom[name] = value
            }
        }
    }

    /// A front-matter field written by `fellowship export` (`category`, `applicant` …).
    func claimField(_ name: String) -> String? {
        custom[Self.prefix + name]?.trimmed.nilIfEmpty
    }

    /// True when `fellowship export` wrote the document (its layout can then be read back exactly).
    var isOurExport: Bool {
        application == "fellowship" || custom.keys.contains { $0.hasPrefix(Self.prefix) }
    }

    /// The author, when it looks like a person's name rather than a program or a template's owner.
    var personalCreator: String? {
        if let applicant = claimField("applicant") { return applicant }
        guard let creator, !isOurExport else { return nil }
        let words = creator.split(separator: " ")
        let notNames = ["microsoft", "office", "user", "admin", "author", "python", "docx", "advance", "template", "owner", "unknown",
                        "libreoffice", "windows", "university", "college"]
        guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
              !creator.contains(where: { $0.isNumber || $0 == "@" || $0 == "_" }),
              !notNames.contains(where: { creator.lowercased().contains($0) }) else { return nil }
        return creator
    }
}

extension String {
    /// Nil for an empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
