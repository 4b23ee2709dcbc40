import PSF

/// Which entries to keep: every condition given must hold.
public struct BankFilter: Sendable, Hashable {
    public var dimensions: Set<DimensionCode> = []
    /// Only entries where the dimension is primary.
    public var primaryOnly = false
    public var disciplines: Set<String> = []
    public var roles: Set<Role> = []
    public var levels: Set<Level> = []

    public init(dimensions: Set<DimensionCode> = [], primaryOnly: Bool = false, disciplines: Set<String> = [],
                roles: Set<Role> = [], levels: Set<Level> = []) {
        self.dimensions = dimensions
        self.primaryOnly = primaryOnly
        self.disciplines = disciplines
        self.roles = roles
        self.levels = levels
    }

    /// Whether `entry` passes.
    public func accepts(_ entry: BankEntry) -> Bool {
        if !disciplines.isEmpty && !disciplines.contains(entry.discipline) { return false }
        if !levels.isEmpty && !levels.contains(entry.level) { return false }
        if !roles.isEmpty && roles.isDisjoint(with: entry.roles) { return false }
        if !dimensions.isEmpty {
            let codes = primaryOnly ? entry.primaryCodes : entry.codes
            if !dimensions.isSubset(of: codes) { return false }
        }
        return true
    }
}

extension ExampleBank {
    /// Entries that pass `filter`, in bank order.
    public func entries(matching filter: BankFilter) -> [BankEntry] {
        entries.filter(filter.accepts)
    }
}
