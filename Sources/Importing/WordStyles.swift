import XMLSupport

/// The styles of a Word document (`word/styles.xml`), for what a paragraph's style says about it: a heading and its
/// level (by style id, by name, or by outline level, through `basedOn`), the title, a list, bold text.
struct WordStyles {
    struct Style {
        var name: String?
        var basedOn: String?
        /// `w:outlineLvl`, 0 for a first-level heading; 9 is body text.
        var outlineLevel: Int?
        var bold: Bool?
        var isList = false
    }

    private var styles: [String: Style] = [:]

    init() {}

    /// Reads `styles.xml`; a missing or unreadable part leaves only what style ids say on their own.
    init(_ root: XMLElement?) {
        guard let root else { return }
        for element in root.children where element.name == "style" {
            guard let id = element.attribute("styleId") else { continue }
            var style = Style()
            for child in element.children {
                switch child.name {
                case "name": style.name = child.attribute("val")
                case "basedOn": style.basedOn = child.attribute("val")
                case "pPr":
                    for property in child.children {
                        if property.name == "outlineLvl" { style.outlineLevel = property.attribute("val").flatMap { Int($0) } }
                        if property.name == "numPr" { style.isList = true }
                    }
                case "rPr":
                    if let bold = child.child(named: "b") { style.bold = WordStyles.isOn(bold) }
                default: break
                }
            }
            styles[id] = style
        }
    }

    /// Whether a toggle property (`<w:b/>`, `<w:b w:val="0"/>`) is on.
    static func isOn(_ element: XMLElement) -> Bool {
        guard let value = element.attribute("val")?.lowercased() else { return true }
        return !(value == "0" || value == "false" || value == "off" || value == "none")
    }

    /// The style and the ones it is based on, nearest first (at most ten, so a loop cannot hang).
    private func chain(_ id: String) -> [(id: String, style: Style?)] {
        var result: [(String, Style?)] = []
        var next: String? = id
        while let current = next, result.count < 10, !result.contains(where: { $0.0 == current }) {
            let style = styles[current]
            result.append((current, style))
            next = style?.basedOn
        }
        return result
    }

    /// The style's display name (`heading 1`, `Title`, `List Paragraph`).
    func name(of id: String) -> String? {
        styles[id]?.name
    }

    /// 1 for a first-level heading, and so on: from the name (`heading 2`), the id (`Heading2`) or the outline level.
    func headingLevel(of id: String) -> Int? {
        for (styleID, style) in chain(id) {
            if let level = Self.headingLevel(named: style?.name) ?? Self.headingLevel(named: styleID) { return level }
            if let outline = style?.outlineLevel, (0...8).contains(outline) { return outline + 1 }
        }
        return nil
    }

    /// `heading 3`, `Heading3`, `Heading 3` → 3.
    static func headingLevel(named name: String?) -> Int? {
        guard let name else { return nil }
        let lowered = name.lowercased().replacingOccurrences(of: " ", with: "")
        guard lowered.hasPrefix("heading"), let level = Int(lowered.dropFirst("heading".count)), (1...9).contains(level) else { return nil }
        return level
    }

    func isTitle(_ id: String) -> Bool {
        chain(id).contains { entry in entry.id == "Title" || entry.style?.name?.lowercased() == "title" }
    }

    func isSubtitle(_ id: String) -> Bool {
        chain(id).contains { entry in entry.id == "Subtitle" || entry.style?.name?.lowercased() == "subtitle" }
    }

    /// List Paragraph, List Bullet, List Number…, or a style that carries numbering.
    func isList(_ id: String) -> Bool {
        chain(id).contains { entry in
            entry.style?.isList == true || (entry.style?.name ?? entry.id).lowercased().hasPrefix("list")
        }
    }

    /// Whether text in this (paragraph or character) style is bold unless a run says otherwise.
    func isBold(_ id: String) -> Bool {
        for (_, style) in chain(id) {
            if let bold = style?.bold { return bold }
        }
        return false
    }
}
