/// A discipline context of the bank (life sciences, theatre production …); one YAML file each.
public struct Discipline: Sendable, Codable, Hashable, Identifiable {
    /// Short id used in entry ids (`lifesci`).
    public var id: String
    public var name: String
    public var description: String
}
