import FellowshipSupport
import Foundation
import PSF

/// A statement of an evaluation set with its labels (Tests/Fixtures/mapper/*.yaml).
package struct LabelledStatement: Decodable {
    package var text: String
    package var primary: [DimensionCode]
    package var secondary: [DimensionCode]
    package var shape: String

    package var isNoLink: Bool { primary.isEmpty }
}

package struct LabelledSet: Decodable {
    package var statements: [LabelledStatement]

    package static func load(_ path: String) throws -> [LabelledStatement] {
        try YAMLLoader.decode(LabelledSet.self, from: try TextFile.read(path), file: path).statements
    }
}
