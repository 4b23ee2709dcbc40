import FellowshipSupport
import PSF

/// The words of a workshop pack, from `Resources/workshop/workshop.yaml`, which a facilitator can edit: the
/// session plan, the plain description of each dimension, the card-sort instructions, the reflective prompts, the
/// planning sheet and the category guidance.
struct WorkshopGuide: Sendable, Decodable {
    struct CardCounts: Sendable, Decodable {
        var standard: Int
        var byCategory: [String: Int]
        var seniorFellowLeadership: Int

        init(from decoder: any Decoder) throws {
            let values = try decoder.singleValueContainer().decode([String: Int].self)
            standard = values["default"] ?? 18
            seniorFellowLeadership = values["senior-fellow-leadership"] ?? 0
            byCategory = values
        }

        func count(for category: Category?) -> Int {
            let count = category.flatMap { byCategory[$0.rawValue] } ?? standard
            return min(20, max(12, count))
        }
    }
    struct Step: Sendable, Decodable {
        var minutes: Int
        var activity: String
    }
    struct Session: Sendable, Decodable {
        var heading: String
        var intro: String
        var plan: [Step]
    }
    struct Dimensions: Sendable, Decodable {
        var heading: String
        var intro: String
        var plain: [String: String]
    }
    struct Exercise: Sendable, Decodable {
        var heading: String
        var instructions: [String]
        var sheetHeading: String
        var keyHeading: String
        var keyIntro: String
        var dimensionKeyHeading: String
        enum CodingKeys: String, CodingKey {
            case heading, instructions, sheetHeading = "sheet_heading", keyHeading = "key_heading", keyIntro = "key_intro"
            case dimensionKeyHeading = "dimension_key_heading"
        }
    }
    struct Prompts: Sendable, Decodable {
        var heading: String
        var intro: String
        var general: [String]
        var scaffold: String
    }
    struct Planning: Sendable, Decodable {
        var heading: String
        var fields: [String]
        var activitiesHeading: String
        var columns: [String]
        var rows: Int
        var nextHeading: String
        var nextRows: Int
        enum CodingKeys: String, CodingKey {
            case heading, fields, activitiesHeading = "activities_heading", columns, rows, nextHeading = "next_heading", nextRows = "next_rows"
        }
    }
    struct Categories: Sendable, Decodable {
        var heading: String
        var intro: String
        var suits: [String: String]
        var write: [String: String]
    }
    struct Team: Sendable, Decodable {
        var heading: String
        var intro: String
        var focusHeading: String
        /// A dimension is "rarely shown" when fewer than this share of the team's people show it.
        var rarelyShare: Double
        enum CodingKeys: String, CodingKey { case heading, intro, focusHeading = "focus_heading", rarelyShare = "rarely_share" }
    }

    var title: String
    var subtitle: String
    var cards: CardCounts
    var session: Session
    var dimensions: Dimensions
    var exercise: Exercise
    var prompts: Prompts
    var planning: Planning
    var categories: Categories
    var team: Team

    /// The bundled guide. The test suite decodes it on every run, so a damaged copy cannot ship.
    static let bundled: WorkshopGuide = BundledData.load("workshop guide") {
        guard let file = EmbeddedResources.files.first(where: { $0.path == "workshop/workshop.yaml" }) else {
            throw InputError("the bundled file workshop/workshop.yaml is missing from this build")
        }
        return try YAMLLoader.decode(WorkshopGuide.self, from: file.text, file: "Resources/workshop/workshop.yaml")
    }
}
