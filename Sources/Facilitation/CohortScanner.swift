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
        let finished = Counter()
        let outcomes = concurrentMap(files.count) { index in
            let outcome = examine(files[index])
            progress?(finished.increment(), files.count, files[index])
            return outcome
        }
        var members: [CohortMember] = []
        var reports: [CheckReport] = []
        var skipped: [CohortReport.Skipped] = []
        var names = PseudonymAllocator()
        for (file, outcome) in zip(files, outcomes) {
            switch outcome {
            case .claim(let report, let applicant):
                members.append(CohortMember(id: names.id(for: applicant, file: file), report: report))
                reports.append(report)
            case .log(let log, let advice):
                members.append(CohortMember(id: names.id(for: log.applicant, file: file), log: log, advice: advice, framework: checker.framework))
            case .skipped(let problem):
                skipped.append(problem)
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

/// How many files are done, counted from several threads.
private final class Counter: @unchecked Sendable {
    // @unchecked: every access holds `lock`.
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
