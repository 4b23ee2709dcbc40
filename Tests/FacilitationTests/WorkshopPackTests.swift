import ExampleBank
import Foundation
import PSF
import Reporting
import TestSupport
import Testing
@testable import Facilitation

@Suite("Workshop packs")
struct WorkshopPackTests {
    let bank = ExampleBank.bundled

    @Test("the bundled workshop guide decodes and describes all 15 dimensions in technician language")
    func guide() {
        let guide = WorkshopGuide.bundled
        #expect(Set(guide.dimensions.plain.keys) == Set(DimensionCode.allCases.map(\.rawValue)))
        #expect(guide.session.plan.count >= 4 && !guide.prompts.general.isEmpty && !guide.exercise.instructions.isEmpty)
        #expect(guide.planning.columns.count == 5 && guide.planning.rows > 0)
    }

    @Test("every discipline and category gets 12–20 cards from its own discipline, covering what the sort needs",
          arguments: [nil, Category.associateFellow, .fellow, .seniorFellow])
    func cards(category: Category?) {
        for discipline in bank.disciplines {
            let pack = WorkshopPack(bank: bank, discipline: discipline, category: category)
            #expect((12...20).contains(pack.cards.count), "\(discipline.id): \(pack.cards.count) cards")
            #expect(pack.cards.allSatisfy { $0.discipline == discipline.id })
            #expect(Set(pack.cards.map(\.id)).count == pack.cards.count, "\(discipline.id): a card twice")
            let primary = Set(pack.cards.flatMap(\.primaryCodes))
            let needed = category.map { Framework.psf2023.descriptor(for: $0).requires.requiredCodes } ?? Set(DimensionCode.allCases)
            #expect(needed.isSubset(of: Set(pack.cards.flatMap(\.codes))), "\(discipline.id): a needed dimension is on no card")
            #expect(DimensionCode.areas.allSatisfy(primary.contains), "\(discipline.id): an Area is the main point of no card")
            if category == .seniorFellow {
                #expect(pack.cards.filter { $0.level == .d3 }.count >= WorkshopGuide.bundled.cards.seniorFellowLeadership)
            }
            if category == .associateFellow {
                #expect(pack.cards.filter { $0.level == .d3 }.count <= 2, "\(discipline.id): an AF session full of leadership cards")
            }
        }
    }

    @Test("the same request gives the same pack")
    func deterministic() throws {
        let discipline = try bank.resolveDiscipline("engineering")
        let first = WorkshopPack(bank: bank, discipline: discipline, category: .fellow)
        let second = WorkshopPack(bank: bank, discipline: discipline, category: .fellow)
        #expect(first.cards.map(\.id) == second.cards.map(\.id))
        #expect(try HTMLRenderer.render(first.document()) == HTMLRenderer.render(second.document()))
    }

    @Test("cards show only the activity; the answer key, on its own page, gives every card's dimensions and why")
    func answerKeyApart() throws {
        let pack = WorkshopPack(bank: bank, discipline: try bank.resolveDiscipline("lifesci"))
        let blocks = pack.document().blocks
        guard let cardIndex = blocks.firstIndex(where: { if case .cards = $0 { return true } else { return false } }),
              case .cards(let cards) = blocks[cardIndex] else {
            Issue.record("no cards in the pack")
            return
        }
        #expect(cards.count == pack.cards.count)
        let codes = try Regex("\\b[VKA][1-5]\\b")
        #expect(cards.allSatisfy { !$0.text.contains(codes) && !$0.title.contains(codes) }, "a card gives its answer away")
        // A page break comes between the cards and anything that names dimensions.
        #expect(blocks.indices.contains(cardIndex + 1))
        if blocks.indices.contains(cardIndex + 1), case .pageBreak = blocks[cardIndex + 1] {} else { Issue.record("no page break after the cards") }
        let keyTable = blocks.compactMap { block -> ReportDocument.Table? in
            if case .table(let table) = block, table.header.first == "Card" { return table } else { return nil }
        }.first
        #expect(keyTable?.rows.count == cards.count)
        for (index, entry) in pack.cards.enumerated() {
            let text = keyTable.map { TextRenderer.render(ReportDocument(title: "", blocks: [.table($0)]), width: 100_000) } ?? ""
            for mapped in entry.dimensions { #expect(text.contains(mapped.why.prefix(30)), "card \(index + 1): why for \(mapped.code) missing") }
        }
    }

    @Test("the pack holds each part: dimensions sheet, sorting sheet, prompts, planning sheet and category guidance")
    func parts() throws {
        let pack = WorkshopPack(bank: bank, discipline: try bank.resolveDiscipline("Art"), category: .seniorFellow)
        let text = TextRenderer.render(pack.document(), width: 100)
        for heading in ["THE 15 DIMENSIONS IN TECHNICIAN LANGUAGE", "ACTIVITY CARDS", "CARD-SORTING EXERCISE", "REFLECTIVE PROMPTS",
                        "PLANNING MY CLAIM", "WHICH CATEGORY?", "ANSWER KEY: THE DIMENSIONS ON EACH CARD", "ANSWER KEY: THE CARDS FOR EACH DIMENSION"] {
            #expect(text.contains(heading), "missing \(heading)")
        }
        #expect(text.contains("Senior Fellow (SFHEA), descriptor D3") && !text.contains("Associate Fellow (AFHEA), descriptor D1"))
        #expect(text.contains("D3.1") && text.contains("technicians in art and design studios"))
        // The scheme gives no Senior Fellow referee figure, so none is invented; it gives two for Fellow.
        #expect(!text.contains("needed)"))
        let fellow = TextRenderer.render(WorkshopPack(bank: bank, discipline: try bank.resolveDiscipline("Art"), category: .fellow).document(), width: 100)
        #expect(fellow.contains("My referees (2 needed)"))
    }
}
