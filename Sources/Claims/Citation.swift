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

    private static let parenthetical = try? NSRegularExpression(pattern: #"\(([^()]*?\b(?:19|20)\d\d[a-z]?[^()]*)\)"#)
    private static let yearPattern = try? NSRegularExpression(pattern: #"\b((?:19|20)\d\d[a-z]?)\b"#)
    private static let narrativeYear = try? NSRegularExpression(pattern: #"\(((?:19|20)\d\d[a-z]?)(?:[,:][^)]*)?\)"#)
    private static let notAuthors: Set<String> = ["In", "From", "Since", "Until", "By", "The", "This", "That", "Summer", "Spring",
                                                  "Autumn", "Winter", "January", "February", "March", "April", "May", "June", "July",
                                                  "August", "September", "October", "November", "December", "I", "Year", "Term"]

    /// Every citation in `text`, placed at `location` (the sentence's).
    static func citations(in text: String, at location: SourceLocation) -> [Citation] {
        var found: [Citation] = []
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        // "(Kolb, 1984; Race, 2019, p. 12)": each part's first capitalised word before its year is the first author.
        parenthetical?.enumerateMatches(in: text, range: whole) { match, _, _ in
            guard let match else { return }
            for part in ns.substring(with: match.range(at: 1)).split(separator: ";") {
                let piece = String(part)
                let pieceNS = piece as NSString
                guard let year = yearPattern?.firstMatch(in: piece, range: NSRange(location: 0, length: pieceNS.length)) else { continue }
                let before = pieceNS.substring(to: year.range.location)
                if let author = firstAuthor(in: before) {
                    found.append(Citation(author: author, year: pieceNS.substring(with: year.range(at: 1)), location: location))
                }
            }
        }
        // "Rolfe, Freshwater and Jasper (2001)": the run of names just before the bracketed year.
        narrativeYear?.enumerateMatches(in: text, range: whole) { match, _, _ in
            guard let match else { return }
            let before = ns.substring(to: match.range.location)
            guard let author = narrativeAuthor(before: before) else { return }
            found.append(Citation(author: author, year: ns.substring(with: match.range(at: 1)), location: location))
        }
        return found
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

    private static let pattern = try? NSRegularExpression(pattern: #"^\s*([A-Z][A-Za-zÀ-ÿ'\-]+|CAST)\b.*?\(?((?:19|20)\d\d[a-z]?)\)?"#)

    init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
        let ns = text as NSString
        if let match = Reference.pattern?.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) {
            author = ns.substring(with: match.range(at: 1))
            year = ns.substring(with: match.range(at: 2))
        }
    }
}
