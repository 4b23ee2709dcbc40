import FellowshipKit

/// Terminal text for `fellowship framework`.
struct FrameworkView {
    let framework: Framework
    let width: Int

    func overview() -> String {
        var lines: [String] = []
        lines.append(Console.styled("\(framework.name) (\(framework.shortName)), \(framework.publisher)", .bold))
        lines.append(TextWrapping.wrapped("Official statements are the framework's own; the notes under them are ours, in plain words.", width: width))
        for group in DimensionGroup.allCases {
            lines.append("")
            lines.append(Console.styled(group.name, .bold))
            for dimension in framework.dimensions(in: group) {
                lines.append(contentsOf: TextWrapping.wrap(dimension.statement, width: width, indent: "      ",
                                                           firstIndent: "  " + Console.styled(dimension.code.rawValue, .cyan) + "  "))
                lines.append(contentsOf: TextWrapping.wrap(dimension.explanation, width: width, indent: "      ").map { Console.styled($0, .dim) })
            }
        }
        lines.append("")
        lines.append(Console.styled("Descriptors", .bold))
        for descriptor in framework.descriptors {
            lines.append(contentsOf: descriptorLines(descriptor))
        }
        lines.append("")
        lines.append(TextWrapping.wrapped("See one dimension with its guiding questions: fellowship framework K4", width: width))
        return lines.joined(separator: "\n")
    }

    func detail(of code: DimensionCode) -> String {
        let dimension = framework.dimension(code)
        var lines = [Console.styled("\(code.rawValue) · \(code.group.name)", .bold)]
        lines.append(contentsOf: TextWrapping.wrap(dimension.statement, width: width, indent: "  "))
        lines.append("")
        lines.append(contentsOf: TextWrapping.wrap(dimension.explanation, width: width, indent: "  "))
        lines.append("")
        lines.append(Console.styled("Questions to find your evidence", .bold))
        for question in dimension.questions {
            lines.append(contentsOf: TextWrapping.wrap(question, width: width, indent: "    ", firstIndent: "  • "))
        }
        return lines.joined(separator: "\n")
    }

    func detail(of descriptor: Descriptor) -> String {
        descriptorLines(descriptor).joined(separator: "\n")
    }

    private func descriptorLines(_ descriptor: Descriptor) -> [String] {
        let category = descriptor.category
        var title = "  \(Console.styled(descriptor.id, .cyan))  \(category.name) (\(category.postNominals))"
        if !descriptor.inScope { title += Console.styled("  modelled, outside this tool's main scope", .dim) }
        var lines = [title]
        lines.append(contentsOf: TextWrapping.wrap(descriptor.summary, width: width, indent: "      "))
        for criterion in descriptor.criteria {
            lines.append(contentsOf: TextWrapping.wrap(criterion.statement, width: width, indent: "            ",
                                                       firstIndent: "      \(criterion.id)  "))
        }
        lines.append(contentsOf: TextWrapping.wrap("Needs: " + descriptor.requires.summary, width: width, indent: "      "))
        return lines
    }
}
