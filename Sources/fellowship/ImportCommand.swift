import ArgumentParser
import FellowshipKit
import Foundation

/// `fellowship import DRAFT.docx`: a Word draft turned into a Markdown claim for the full workflow.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a Word draft (.docx) into a Markdown claim, sections and front matter included.",
        discussion: """
        Headings are found from Word's heading styles, bold-only lines, or a template's table of labels
        ("Context statement", "Account of practice" …); the title block and the document's properties fill the
        front matter. Tracked changes are read as accepted; footnotes and comments are left out unless
        --keep-comments (comments then become <!-- notes --> beside their paragraph, which checks ignore).
        You do not need to import to check: fellowship check draft.docx reads the Word file directly.
        Examples:
          fellowship import draft.docx --out claim.md
          fellowship import draft.docx --category fellow --keep-comments > claim.md
        """
    )

    @Argument(help: ArgumentHelp("The Word document (.docx).", valueName: "draft"))
    var draft: String

    @Option(help: ArgumentHelp("Write the claim here instead of standard output (never over an existing file unless --force).", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("The category, when the document does not say (fellow, SFHEA, D1 …).", valueName: "category"))
    var category: String?

    @Option(help: ArgumentHelp("A bundled scheme id or your own profile file, for recognising sections.", valueName: "id|file"))
    var scheme: String?

    @Flag(help: "Keep the document's margin comments as notes in the claim.")
    var keepComments = false

    @Flag(help: "Replace the file at --out if there is one.")
    var force = false

    func run() throws {
        let imported = try ClaimSource.importWord(draft, category: try category.map { try Category.parse($0) }, scheme: scheme,
                                                  keepComments: keepComments)
        for note in imported.notes { Console.error("\(draft): \(Console.styled("note:", .cyan, onError: true)) \(note)") }
        if let out {
            if !force { try AtomicFile.ensureNew(out) }
            try AtomicFile.write(imported.markdown, to: out, protecting: [draft])
            let words = WordCount(claim: imported.result.claim, rules: imported.result.rules).total
            let sections = imported.sections.isEmpty ? "no sections recognised" : imported.sections.joined(separator: ", ")
            Console.error("Wrote \(out): \(imported.result.category.name), \(words.formatted()) words from \(imported.paragraphs) paragraphs (\(sections)). "
                          + "Next: fellowship check \(out)")
        } else {
            try Console.emit(Data(imported.markdown.utf8), to: nil, protecting: [])
        }
    }
}
