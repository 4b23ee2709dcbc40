/// A PSF 2023 dimension: its code, the framework's own statement, and our plain-language notes.
public struct Dimension: Sendable, Codable, Hashable, Identifiable {
    public var code: DimensionCode
    public var group: DimensionGroup
    /// The official short statement, exactly as PSF 2023 words it.
    public var statement: String
    /// What it means for a technician, in plain words (ours, not Advance HE's).
    public var explanation: String
    /// Questions that help a technician find their own evidence for it.
    public var questions: [String]

    public var id: DimensionCode { code }
}
