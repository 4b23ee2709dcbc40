import Testing
@testable import TextAnalysis

@Suite("Text analysis")
struct AnalyserTests {
    @Test("tokens keep their place in the input")
    func ranges() {
        let text = "I demo the lathe to 1st yrs."
        let tokens = Analyser().tokens(in: text)
        #expect(tokens.map(\.word) == ["i", "demonstration", "the", "lathe", "to", "first", "years"])
        let lathe = tokens[3]
        #expect(text[lathe.range] == "lathe")
        #expect(text[tokens[1].range] == "demo")
    }

    @Test("spellings fold to one form; stems meet")
    func folding() {
        let analyser = Analyser()
        let us = analyser.tokens(in: "I organized color-coded kits and analyzed behavior").map(\.stem)
        let uk = analyser.tokens(in: "I organised colour-coded kits and analysed behaviour").map(\.stem)
        #expect(us == uk)
        #expect(analyser.stem("demonstrating") == analyser.stem("demonstrated"))
        #expect(analyser.tokens(in: "size").map(\.word) == ["size"])
    }

    @Test("curly apostrophes, shorthand and non-ASCII letters")
    func shorthand() {
        let tokens = Analyser().tokens(in: "Students’ H&S induction, 1:1 help, café crit")
        #expect(tokens.map(\.word) == ["students", "health", "and", "safety", "induction", "one", "to", "one", "help", "café", "crit"])
    }

    @Test("nothing to tokenise gives nothing, never a crash")
    func emptyInputs() {
        let analyser = Analyser()
        #expect(analyser.tokens(in: "").isEmpty)
        #expect(analyser.tokens(in: "!!! ... ???").isEmpty)
        #expect(analyser.tokens(in: "\u{0}\u{7}\u{FFFD}").isEmpty)
        #expect(analyser.tokens(in: String(repeating: "a", count: 100_000)).count == 1)
    }

    @Test("BM25 ranks the document sharing rarer terms first")
    func bm25() {
        let index = BM25Index(documents: [["lathe", "induct"], ["induct", "safeti"], ["kiln", "glaze"]])
        let results = index.search(["lathe", "induct"], limit: 3)
        #expect(results.first?.document == 0)
        #expect(results.count == 2)
        #expect(index.search(["unknown"], limit: 3).isEmpty)
    }
}

@Suite("Sentences")
struct SentenceSplitterTests {
    @Test("splits on full stops, keeps signposts with their sentence, ignores abbreviations")
    func splitting() {
        let text = "I run inductions, e.g. on the lathe (A2). I mark lab books (Biggs and Tang, 2011, p. 58). (A3) And I help. Done"
        let sentences = SentenceSplitter.sentences(in: text).map { String(text[$0]) }
        #expect(sentences == ["I run inductions, e.g. on the lathe (A2).", "I mark lab books (Biggs and Tang, 2011, p. 58). (A3)",
                              "And I help.", "Done"])
    }

    @Test("empty and blank text give no sentences")
    func empty() {
        #expect(SentenceSplitter.sentences(in: "").isEmpty)
        #expect(SentenceSplitter.sentences(in: "  \n\n ").isEmpty)
    }
}
