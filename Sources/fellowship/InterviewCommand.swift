import ArgumentParser
import FellowshipKit
import Foundation

/// `fellowship interview`: a conversation that writes an activity log. Works at a terminal or with answers piped in.
struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Talk through your practice, Area by Area, and get an activity log to build a claim from.",
        discussion: "Answers can also be piped in, one per line: fellowship interview --out log.yaml < answers.txt"
    )

    @Option(help: ArgumentHelp("Where to write the activity log (never over an existing file).", valueName: "file"))
    var out: String = "activities.yaml"

    func run() throws {
        try AtomicFile.ensureNew(out)
        let interactive = isatty(STDIN_FILENO) == 1
        let result = Interview().run(
            ask: { question in
                Console.error("\n" + TextWrapping.wrapped(question, width: Console.width))
                if interactive { FileHandle.standardError.write(Data("> ".utf8)) }
                return readLine(strippingNewline: true)?.trimmed
            },
            say: { Console.error(TextWrapping.wrapped($0, width: Console.width)) })
        guard result.activities > 0 else {
            throw InputError("no activities were given, so no log was written", hint: "run it again and describe one thing you do with students")
        }
        try AtomicFile.write(result.yaml, to: out)
        Console.error("Wrote \(out)")
    }
}
