import PSF

/// Counts over a bank: entries per discipline, dimension (primary and any), level and role.
public struct BankStatistics: Sendable, Codable {
    public struct DisciplineCount: Sendable, Codable {
        public var id: String
        public var name: String
        public var entries: Int
        /// Areas of Activity mapped as primary somewhere in the discipline.
        public var areasCovered: [DimensionCode]
    }
    public struct DimensionCount: Sendable, Codable {
        public var code: DimensionCode
        public var primary: Int
        public var any: Int
    }

    public var entries: Int
    public var disciplines: [DisciplineCount]
    public var dimensions: [DimensionCount]
    public var levels: [String: Int]
    public var roles: [String: Int]

    public init(entries: [BankEntry], disciplines: [Discipline]) {
        self.entries = entries.count
        self.disciplines = disciplines.map { discipline in
            let own = entries.filter { $0.discipline == discipline.id }
            let areas = Set(own.flatMap(\.primaryCodes)).filter { $0.group == .activities }
            return DisciplineCount(id: discipline.id, name: discipline.name, entries: own.count, areasCovered: areas.sorted())
        }.filter { $0.entries > 0 }
        dimensions = DimensionCode.allCases.map { code in
            DimensionCount(code: code, primary: entries.filter { $0.primaryCodes.contains(code) }.count,
                           any: entries.filter { $0.codes.contains(code) }.count)
        }
        var levels: [String: Int] = [:]
        var roles: [String: Int] = [:]
        for entry in entries {
            levels[entry.level.rawValue, default: 0] += 1
            for role in entry.roles { roles[role.rawValue, default: 0] += 1 }
        }
        self.levels = levels
        self.roles = roles
    }
}
