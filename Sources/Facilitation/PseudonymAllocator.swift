import FellowshipSupport
import Foundation

/// Shows people by their initials ("Dr Aisha Begum" → "AB"), never by name; a file that names nobody is shown by
/// its stem. Two people with the same initials become "AB" and "AB2", in file order.
struct PseudonymAllocator {
    private var used: [String: Int] = [:]
    private static let titles: Set<String> = ["dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame"]

    mutating func id(for applicant: String?, file: String) -> String {
        let base = applicant.flatMap(Self.initials) ?? FolderListing.stem(of: file)
        let seen = used[base, default: 0] + 1
        used[base] = seen
        return seen == 1 ? base : "\(base)\(seen)"
    }

    static func initials(of name: String) -> String? {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." })
            .filter { !titles.contains($0.lowercased()) && $0.first?.isLetter == true }
        let letters = words.compactMap(\.first).map { String($0).uppercased() }
        return letters.isEmpty ? nil : letters.joined()
    }
}
