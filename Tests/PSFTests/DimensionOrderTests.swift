import Testing
@testable import PSF

@Suite("Dimension order and signposts")
struct DimensionOrderTests {
    @Test("order is the position in allCases")
    func order() {
        for (position, code) in DimensionCode.allCases.enumerated() { #expect(code.order == position) }
    }

    @Test("signpost groups: codes, unknown codes, positions; anything else in brackets is not a signpost")
    func groups() {
        let text = "Café inductions (A2, K4 and V1). Then [k6; a3] and (Kolb, 1984) (A12) (A2 K4) (A2,) (A2 and) (v5/A1)"
        let groups = Signposts.groups(in: text)
        #expect(groups.map { String(text[$0.range]) } == ["(A2, K4 and V1)", "[k6; a3]", "(v5/A1)"])
        #expect(groups.map(\.codes) == [[.a2, .k4, .v1], [.a3], [.v5, .a1]])
        #expect(groups[1].unknown == ["K6"])
        #expect(Signposts.stripped(from: "I help (A2). Done [V1]") == "I help. Done")
        #expect(Signposts.groups(in: "").isEmpty && Signposts.groups(in: "(A2").isEmpty && Signposts.groups(in: "(and A2)").isEmpty)
    }
}
