import Drafting
import FellowshipSupport
import Foundation
import Mapping
import PSF

/// What a team's own activity logs already show: for each dimension, how many people have an activity that
/// evidences it. It points a workshop at what the team's practice rarely shows.
public struct TeamPractice: Sendable, Encodable {
    public struct Row: Sendable, Encodable {
        public var code: DimensionCode
        /// People with at least one activity that evidences the dimension.
        public var people: Int
        /// Activities, across the team, that evidence it.
        public var activities: Int
    }

    /// The people whose logs were read: initials, or file stems where a log names nobody; never names.
    public var members: [String]
    public var rows: [Row]
    /// Logs that could not be read, each with the reason; they are left out, never fatal.
    public var skipped: [InputError]

    enum CodingKeys: String, CodingKey { case members, rows }

    /// Reads every `.yaml` or `.yml` activity log in `folder`.
    public init(folder: String, advisor: CategoryAdvisor) throws {
        let files = try FolderListing.files(in: folder, extensions: ["yaml", "yml"])
        guard !files.isEmpty else {
            throw InputError("the team folder holds no activity logs", at: SourceLocation(file: folder),
                             hint: "put each person's log (a .yaml file with ‘activities:’) in the folder")
        }
        var counts: [[DimensionCode: Int]] = []
        var names = PseudonymAllocator()
        members = []
        skipped = []
        for file in files {
            do {
                let log = try ActivityLog.read(file)
                counts.append(advisor.activityCounts(log))
                members.append(names.id(for: log.applicant, file: file))
            } catch {
                skipped.append((error as? InputError)?.located(in: file) ?? InputError("the file could not be read (\(error))", at: SourceLocation(file: file)))
            }
        }
        guard !members.isEmpty else {
            throw InputError("none of the \(files.count) files in the team folder is a readable activity log", at: SourceLocation(file: folder),
                             hint: skipped.first.map { "the first problem: \($0)" } ?? "see fellowship build --help for the log format")
        }
        rows = DimensionCode.allCases.map { code in
            Row(code: code, people: counts.filter { ($0[code] ?? 0) > 0 }.count, activities: counts.reduce(0) { $0 + ($1[code] ?? 0) })
        }
    }

    /// Dimensions shown by fewer than `share` of the people, weakest first.
    public func rarelyShown(share: Double) -> [Row] {
        rows.filter { Double($0.people) < share * Double(members.count) }
            .sorted { ($0.people, $0.activities, $0.code) < ($1.people, $1.activities, $1.code) }
    }
}
