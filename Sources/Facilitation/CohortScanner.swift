import Checking
import Claims
import Drafting
import FellowshipSupport
import Foundation
import Importing
import Mapping
import PSF

/// Checks every claim (`.md` or Word `.docx`) and activity log (`.yaml`) in a folder for a ``CohortReport``. A file that cannot
/// be read is reported and skipped; it never stops the run. Files are checked on every core, and the report is
/// the same whatever order they finish in.
public struct CohortScanner: Sendable {
    public let checker: Checker
    public let advisor: CategoryAdvisor

    public init(mapper: ActivityMapper = ActivityMapper(), framework: Framework = .psf2023) {
        checker = Checker(mapper: mapper, framework: framework)
        advisor = CategoryAdvisor(mapper: mapper, framework: framework)
    }

    /// What one file turned out to be.
    enum Outcome: Sendable {
        case claim(CheckReport, applicant: String?)
        case log(ActivityLog, CategoryAdvisor.Advice)
        case skipped(CohortReport.Skipped)
    }

    static let claimExtensions: Set<String> = ["md", "markdown", "docx"]
    static let logExtensions: Set<String> = ["yaml", "yml"]

    /// Reads and checks the folder. `progress` is told (files done, files in all, the file) as each finishes.
    /// Throws only when the folder cannot be read or holds nothing that could be processed.
    public func report(folder: String, progress: (@Sendable (Int, Int, String) -> Void)? = nil) throws -> CohortReport {
        let files = try FolderListing.files(in: folder, extensions: Self.claimExtensions.union(Self.logExtensions))
            .filter { !FolderListing.stem(of: $0).lowercased().hasPrefix("readme") }
        guard !files.isEmpty else {
            throw InputError("the folder holds no claims (.md, .docx) or activity logs (.yaml)", at: SourceLocation(file: folder),
                             hint: "put each person's claim or activity log in the folder, one file each")
        }
        let outcomes = OutcomeStore(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let outcome = examine(files[index])
            let done = outcomes.set(outcome, at: index)
            progress?(done, files.count, files[index])
        }
        var members: [CohortMember] = []
        var reports: [CheckReport] = []
        var skipped: [CohortReport.Skipped] = []
        var names = PseudonymAllocator()
        for (file, outcome) in zip(files, outcomes.values) {
            switch outcome {
            case .claim(let report, let applicant):
                members.append(CohortMember(id: names.id(for: applicant, file: file), report: report))
                reports.append(report)
            case .log(let log, let advice):
                members.append(CohortMember(id: names.id(for: log.applicant, file: file), log: log, advice: advice, framework: checker.framework))
            case .skipped(let problem):
                skipped.append(problem)
            case nil:
                skipped.append(.init(file: file, problem: "was not processed"))
            }
        }
        guard !members.isEmpty else {
            throw InputError("none of the \(files.count) files could be read as a claim or an activity log", at: SourceLocation(file: folder),
                             hint: skipped.first.map { "the first problem: \($0.file): \($0.problem)" } ?? "check the files")
        }
        return CohortReport(folder: folder, members: members, skipped: skipped, reports: reports, framework: checker.framework)
    }

    /// Reads and checks one file, turning any problem into a skip.
    func examine(_ file: String) -> Outcome {
        do {
            if Self.logExtensions.contains((file as NSString).pathExtension.lowercased()) {
                let log = try ActivityLog.read(file)
                return .log(log, advisor.advise(log))
            }
            let read = try ClaimSource.read(file)
            return .claim(try checker.check(read), applicant: read.claim.frontMatter.applicant)
        } catch let error as InputError {
            return .skipped(.init(file: file, problem: error.located(in: file).description))
        } catch {
            return .skipped(.init(file: file, problem: "\(file): could not be read (\(error))"))
        }
    }
}

/// Results written from several threads, each into its own slot.
private final class OutcomeStore: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [CohortScanner.Outcome?]
    private var done = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores an outcome and returns how many are in.
    func set(_ outcome: CohortScanner.Outcome, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = outcome
        done += 1
        return done
    }

    var values: [CohortScanner.Outcome?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
