import FellowshipSupport

/// A claim that was written in another format (a Word document) and read by way of Markdown: where each line of
/// that Markdown came from, so every position points into the original (`draft.docx:¶42 (“I run the…”)`), and
/// what the conversion noticed that the writer should know.
public struct ConvertedSource: Sendable {
    /// Where one line of the converted Markdown came from.
    public struct Origin: Sendable, Hashable {
        /// The paragraph number in the original, from 1.
        public var paragraph: Int
        /// The first words of that paragraph.
        public var excerpt: String
        /// Characters before the paragraph's own text on the Markdown line (`# `, `- `), so columns count within it.
        public var prefix: Int

        public init(paragraph: Int, excerpt: String, prefix: Int = 0) {
            self.paragraph = paragraph
            self.excerpt = excerpt
            self.prefix = prefix
        }
    }

    /// The original file as the user named it.
    public var file: String
    /// For each Markdown line (index 0 is line 1), its origin; nil for lines made by the conversion.
    public var lines: [Origin?]
    /// Plain sentences about the conversion (no sections recognised, say), for the command to print.
    public var notes: [String]

    public init(file: String, lines: [Origin?], notes: [String] = []) {
        self.file = file
        self.lines = lines
        self.notes = notes
    }

    /// `location` (a line and column of the converted Markdown) as a place in the original: its paragraph, or the
    /// whole file for a line the conversion made. Locations in other files, or already in paragraphs, are kept.
    public func location(for location: SourceLocation) -> SourceLocation {
        guard !location.isParagraph, location.file == file else { return location }
        guard location.line > 0, location.line <= lines.count, let origin = lines[location.line - 1] else {
            return SourceLocation(file: file)
        }
        let column = location.column > origin.prefix ? location.column - origin.prefix : min(location.column, 1)
        return SourceLocation(file: file, line: origin.paragraph, column: column, isParagraph: true, excerpt: origin.excerpt)
    }

    /// `error` pointing into the original instead of the converted Markdown.
    public func relocate(_ error: InputError) -> InputError {
        var copy = error
        copy.location = error.location.map(location(for:))
        return copy
    }
}

extension Claim {
    /// The same claim with every position (headings, paragraphs, sentences, citations, references) moved from the
    /// converted Markdown to the original, and the source kept for positions made later (whole-claim findings).
    public func relocated(by source: ConvertedSource) -> Claim {
        var claim = self
        claim.convertedFrom = source
        let move = source.location(for:)
        claim.sections = sections.map { section in
            var section = section
            if let heading = section.heading { section.heading?.location = move(heading.location) }
            section.subheadings = section.subheadings.map { var heading = $0; heading.location = move($0.location); return heading }
            section.paragraphs = section.paragraphs.map { paragraph in
                var paragraph = paragraph
                paragraph.location = move(paragraph.location)
                paragraph.sentences = paragraph.sentences.map { sentence in
                    var sentence = sentence
                    sentence.location = move(sentence.location)
                    sentence.citations = sentence.citations.map { var citation = $0; citation.location = move($0.location); return citation }
                    return sentence
                }
                return paragraph
            }
            return section
        }
        claim.references = references.map { var reference = $0; reference.location = move($0.location); return reference }
        return claim
    }

    /// How to name a line of this claim for a reader: `line 42`, or `¶42` for a claim read from a Word document.
    public func placeName(_ line: Int) -> String {
        PlaceName.of(line, inParagraphs: convertedFrom != nil)
    }

    /// True when positions count the paragraphs of a Word document rather than lines.
    public var countsParagraphs: Bool { convertedFrom != nil }
}

/// Names for a position, for reports: `line 42`, or in a Word document `¶42` (0 is the whole document).
public enum PlaceName {
    public static func of(_ line: Int, inParagraphs: Bool) -> String {
        guard inParagraphs else { return "line \(line)" }
        return line > 0 ? "¶\(line)" : "whole document"
    }
}
