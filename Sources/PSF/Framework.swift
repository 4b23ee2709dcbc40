import Foundation
import FellowshipSupport

/// PSF 2023 as data: the fifteen dimensions, the four descriptors, and the markers of the retired 2011 framework.
///
/// The bundled copy, ``Framework/psf2023``, is compiled into the binary from `Resources/framework/`.
public struct Framework: Sendable, Codable {
    public var name: String
    public var shortName: String
    public var publisher: String
    public var source: String
    /// The fifteen dimensions in the framework's order.
    public var dimensions: [Dimension]
    /// D1 to D4.
    public var descriptors: [Descriptor]
    /// Signs of UKPSF 2011 text.
    public var legacyMarkers: [LegacyMarker]

    enum CodingKeys: String, CodingKey {
        case name, dimensions, descriptors, publisher, source
        case shortName = "short_name"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        shortName = try container.decode(String.self, forKey: .shortName)
        publisher = try container.decode(String.self, forKey: .publisher)
        source = try container.decode(String.self, forKey: .source)
        dimensions = try container.decode([Dimension].self, forKey: .dimensions)
        descriptors = try container.decode([Descriptor].self, forKey: .descriptors)
        legacyMarkers = []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(shortName, forKey: .shortName)
        try container.encode(dimensions, forKey: .dimensions)
        try container.encode(descriptors, forKey: .descriptors)
    }

    /// The dimension with `code`.
    public func dimension(_ code: DimensionCode) -> Dimension {
        dimensions[code.order]
    }

    /// The descriptor for `category`.
    public func descriptor(for category: Category) -> Descriptor {
        descriptors.first { $0.category == category } ?? descriptors[0]
    }

    /// Dimensions of one group, in order.
    public func dimensions(in group: DimensionGroup) -> [Dimension] {
        dimensions.filter { $0.group == group }
    }

    /// The bundled PSF 2023, loaded once on first use.
    public static let psf2023: Framework = BundledData.load("framework data") {
        return try load()
    }

    /// Decodes the bundled framework and checks it is whole.
    package static func load() throws -> Framework {
        var framework = try BundledFile.decode(Framework.self, "framework/psf2023.yaml")
        framework.legacyMarkers = try BundledFile.decode(LegacyMarkerList.self, "framework/legacy.yaml").markers
        let codes = framework.dimensions.map(\.code)
        guard codes == DimensionCode.allCases else {
            throw InputError("the bundled framework must list V1–A5 once each, in order", at: SourceLocation(file: "framework/psf2023.yaml"))
        }
        guard framework.descriptors.map(\.category) == Category.allCases else {
            throw InputError("the bundled framework must describe D1–D4 in order", at: SourceLocation(file: "framework/psf2023.yaml"))
        }
        return framework
    }
}

struct LegacyMarkerList: Decodable {
    var markers: [LegacyMarker]
}
