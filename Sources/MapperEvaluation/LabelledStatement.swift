import FellowshipSupport
import Foundation
import PSF

/// A statement of the evaluation set with its labels (Tests/Fixtures/mapper/*.yaml).
struct LabelledStatement: Decodable {
    var text: String
    var primary: [DimensionCode]
    var secondary: [DimensionCode]
    var shape: String

    var isNoLink: Bool { primary.isEmpty }
}

struct LabelledSet: Decodable {
    var statements: [LabelledStatement]

    static func load(_ path: String) throws -> [LabelledStatement] {
        try YAMLLoader.decode(LabelledSet.self, from: try TextFile.read(path), file: path).statements
    }
}
