import ArgumentParser
import FellowshipKit

/// `fellowship framework`: the fifteen dimensions and four descriptors of PSF 2023.
struct FrameworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "framework",
        abstract: "Show the PSF 2023 dimensions and descriptors, with plain-language notes.",
        discussion: "Give a code (fellowship framework K4) to see one dimension with its guiding questions."
    )

    @Argument(help: "A dimension code (V1–A5) or descriptor (D1–D4) to show on its own.")
    var item: String?

    @Flag(help: "Print JSON for other tools.")
    var json = false

    func run() throws {
        let framework = Framework.psf2023
        if json {
            try Console.printJSON(FrameworkJSON(framework: framework, only: try selection(in: framework)))
            return
        }
        let view = FrameworkView(framework: framework, width: Console.width)
        switch try selection(in: framework) {
        case nil: Console.print(view.overview())
        case .dimension(let code): Console.print(view.detail(of: code))
        case .descriptor(let category): Console.print(view.detail(of: framework.descriptor(for: category)))
        }
    }

    enum Selection {
        case dimension(DimensionCode)
        case descriptor(Category)
    }

    func selection(in framework: Framework) throws -> Selection? {
        guard let item else { return nil }
        if let code = DimensionCode(parsing: item) { return .dimension(code) }
        if let category = Category(parsing: item) { return .descriptor(category) }
        let legacy = item.uppercased() == "K6" ? " (K6 belonged to the retired 2011 framework)" : ""
        throw InputError("‘\(item)’ is not a PSF 2023 dimension or descriptor\(legacy)",
                         hint: "use a code from V1–V5, K1–K5, A1–A5, or a descriptor D1–D4")
    }
}

/// The JSON contract: `{"dimensions":[…],"descriptors":[…]}`.
struct FrameworkJSON: Encodable {
    var dimensions: [Dimension]
    var descriptors: [Descriptor]

    init(framework: Framework, only selection: FrameworkCommand.Selection?) {
        switch selection {
        case nil:
            dimensions = framework.dimensions
            descriptors = framework.descriptors
        case .dimension(let code):
            dimensions = [framework.dimension(code)]
            descriptors = []
        case .descriptor(let category):
            dimensions = []
            descriptors = [framework.descriptor(for: category)]
        }
    }
}
