import Claims
import FellowshipSupport
import Mapping
import PSF
import TextAnalysis

/// Everything a rule needs: the claim tree, what the category and scheme ask, and how each sentence maps.
public struct CheckContext: Sendable {
    public var claim: Claim
    public var category: Category
    public var scheme: SchemeProfile
    public var rules: CategoryRules
    public var descriptor: Descriptor
    public var framework: Framework
    /// The mapper's view of every sentence, in claim order.
    public var analysis: ClaimAnalysis
    /// The year "now" is, for the recency rule (fixed in tests).
    public var currentYear: Int

    /// Sections that hold the account of practice (not context or references).
    public var accountSections: [Section] {
        claim.sections.filter { $0.kind == .account || $0.kind == .reflectiveAccount || $0.kind == .caseStudy || $0.kind == nil }
    }

    /// Sections whose prose is evidence (everything but the references).
    public var proseSections: [Section] { claim.sections.filter { $0.kind != .references } }
}
