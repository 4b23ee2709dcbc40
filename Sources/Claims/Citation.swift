import Foundation
import FellowshipSupport

/// An in-text Harvard citation: `(Kolb, 1984)`, `Race (2019)`, `(Biggs and Tang, 2011, p. 58)`.
public struct Citation: Sendable, Hashable {
    /// The first author's surname as written.
    public var author: String
    public var year: String
    public var location: SourceLocation

    /// The key that matches a reference: lower-cased first surname and year (`kolb-1984`).
    public var key: String { Citation.key(author: author, year: year) }

    static func key(author: String, year: String) -> String {
        author.lowercased().filter { $0.isLetter } + "-" + year.lowercased()
    }

    private static let parenthetical = CompiledPattern(#"\(([^()]*?\b(?:19|20)\d\d[a-z]?[^()]*)\)"#)
    private static let yearPattern = CompiledPattern(#"\b((?:19|20)\d\d[a-z]?)\b"#)
    private static let narrativeYear = CompiledPattern(#"\(((?:19|20)\d\d[a-z]?)(?:[,:][^)]*)?\)"#)
    private static let notAuthors: Set<String> = ["In", "From", "Since", "Until", "By", "The", "This", "That", "Summer", "Spring",
                                                  "Autumn", "Winter", "January", "February", "March", "April", "May", "June", "July",
                                                  "August", "September", "October", "November", "December", "I", "Year", "Term"]

    /// Every citation in `text`, placed at `location` (the sentence's).
    static func citations(in text: String, at location: SourceLocation) -> [Citation] {
        // Most sentences hold no year at all: skip the regular expressions for them.
        guard mayHoldYear(text) else { return [] }
        var found: [Citation] = []
        // "(Kolb, 1984; Race, 2019, p. 12)": each part's first capitalised word before its year is the first author.
        for match in parenthetical.captures(in: text) {
            guard match.count > 1, let inside = match[1] else { continue }
            for part in text[inside].split(separator: ";") {
                let piece = String(part)
                guard let year = yearPattern.captures(in: piece).first, let whole = year[0], let digits = year[1] else { continue }
                if let author = firstAuthor(in: String(piece[..<whole.lowerBound])) {
                    found.append(Citation(author: author, year: String(piece[digits]), location: location))
                }
            }
        }
        // "Rolfe, Freshwater and Jasper (2001)": the run of names just before the bracketed year.
        for match in narrativeYear.captures(in: text) {
            guard let whole = match[0], match.count > 1, let year = match[1],
                  let author = narrativeAuthor(before: String(text[..<whole.lowerBound])) else { continue }
            found.append(Citation(author: author, year: String(text[year]), location: location))
        }
        return found
    }

    /// Whether the text has "19" or "20" followed by two digits anywhere (a cheap byte scan).
    static func mayHoldYear(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4 else { return false }
        for index in 0...(bytes.count - 4) {
            let first = bytes[index], second = bytes[index + 1]
            guard (first == 0x31 && second == 0x39) || (first == 0x32 && second == 0x30) else { continue }
            if (0x30...0x39).contains(bytes[index + 2]) && (0x30...0x39).contains(bytes[index + 3]) { return true }
        }
        return false
    }

    /// The first capitalised surname in a parenthetical citation's text before its year.
    private static func firstAuthor(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        guard let first = words.first(where: { $0.first?.isUppercase == true }) else { return nil }
        let name = clean(first)
        return notAuthors.contains(name) || name.isEmpty ? nil : name
    }

    /// Walks back over "Name, Name and Name" (or "Name et al.") ending right before a bracketed year; the first
    /// name of that run is the first author. Two capitalised words not joined by a comma or "and" end the run
    /// ("As Race (2019) argues" cites Race).
    private static func narrativeAuthor(before text: String) -> String? {
        let tokens = text.split(separator: " ")
        guard var index = tokens.indices.last else { return nil }
        func isName(_ token: Substring) -> Bool { token.first?.isUppercase == true && token.count > 1 }
        if tokens[index] == "al." || tokens[index] == "al", index >= 2, tokens[index - 1] == "et" { index -= 2 }
        guard isName(tokens[index]) else { return nil }
        var author = tokens[index]
        var previous = index - 1
        while previous >= 0 {
            let token = tokens[previous]
            if (token == "and" || token == "&"), previous >= 1, isName(tokens[previous - 1]) {
                author = tokens[previous - 1]
                previous -= 2
            } else if token.hasSuffix(","), isName(token) {
                author = token
                previous -= 1
            } else {
                break
            }
        }
        let name = clean(author)
        return notAuthors.contains(name) || name.isEmpty ? nil : name
    }

    private static func clean(_ word: Substring) -> String {
        var name = String(word).trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()"))
        for suffix in ["'s", "’s", "'", "’"] where name.hasSuffix(suffix) { name = String(name.dropLast(suffix.count)) }
        return name
    }

    private static func firstSurname(_ authors: String) -> String {
        String(authors.split(separator: " ").first ?? Substring(authors)).trimmingCharacters(in: CharacterSet(charactersIn: ",."))
    }
}

/// One entry of the reference list.
public struct Reference: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation
    /// First author's surname and year, when they can be read (`Biggs, J. and Tang, C. (2011) …`).
    public var author: String?
    public var year: String?

    public var key: String? {
        guard let author, let year else { return nil }
        return Citation.key(author: author, year: year)
    }

    private static let pattern = CompiledPattern(#"^\s*([A-Z][A-Za-zÀ-ÿ'\-]+|CAST)\b.*?\(?((?:19|20)\d\d[a-z]?)\)?"#)

    init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
        if let match = Reference.pattern.captures(in: text).first, match.count > 2, let name = match[1], let year = match[2] {
            author = String(text[name])
            self.year = String(text[year])
        }
    }
}
