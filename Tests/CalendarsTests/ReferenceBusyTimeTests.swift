import Calendars
import Foundation
import MentorCore
import MentorTesting
import Testing

/// Busy time against the reference library `recurring-ical-events` (PyPI, pinned in `scripts/python-test-tools`), on
/// that project's own test calendars: the `.ics` files in its package's `test/calendars`, collected from real bug
/// reports (Google, Outlook, Apple, Nextcloud).
///
/// Each file is read for 120 days from its first event, by a person in Europe/Berlin, under one rule on both sides
/// (`Tests/Support/python/busy_reference.py`): cancelled and transparent occurrences are free, floating times and
/// all-day dates are read in Berlin, busy time is clipped to the window and merged. Busy seconds must be equal on
/// every file the reference can expand, except the deliberate differences below.
@Suite struct ReferenceBusyTimeTests {
    static let owner = TimeZone(identifier: "Europe/Berlin")!

    /// Files where mentord reads differently on purpose, and why.
    static let deliberate: [String: String] = [
        "issue_107_omitting_last_event.ics": """
            TZID "Pacific Standard Time" with no VTIMEZONE in the file: issue 15's rule reads an undefined zone that is not \
            an IANA id in the owner's zone and reports it; the reference guesses America/Los_Angeles from its own \
            Windows-name table
            """,
    ]

    struct FileResult {
        var name: String
        var path: String
        var window: DateInterval
        var seconds: Double
        var intervals: [DateInterval]
    }

    static func referenceResults() throws -> (version: String, files: [FileResult], unexpandable: [String: String]) {
        let json = try #require(try PythonReference.json("busy_reference.py", [owner.identifier, "120"]) as? [String: Any])
        var files: [FileResult] = []
        var unexpandable: [String: String] = [:]
        for file in try #require(json["files"] as? [[String: Any]]) {
            let path = try #require(file["path"] as? String)
            let name = URL(fileURLWithPath: path).lastPathComponent
            if let error = file["error"] as? String {
                unexpandable[name] = error
                continue
            }
            let start = Date(timeIntervalSince1970: try #require(file["start"] as? Double))
            let end = Date(timeIntervalSince1970: try #require(file["end"] as? Double))
            let intervals = try #require(file["intervals"] as? [[Double]]).map {
                DateInterval(start: Date(timeIntervalSince1970: $0[0]), end: Date(timeIntervalSince1970: $0[1]))
            }
            files.append(FileResult(
                name: name, path: path, window: DateInterval(start: start, end: end), seconds: try #require(file["busy_seconds"] as? Double),
                intervals: intervals
            ))
        }
        return (json["version"] as? String ?? "", files, unexpandable)
    }

    @Test func busyMinutesEqualTheReferenceOnItsOwnTestCalendars() throws {
        let (version, files, unexpandable) = try Self.referenceResults()
        #expect(version == "3.8.2")
        #expect(files.count > 80, "the corpus is there: \(files.count) files, \(unexpandable.count) the reference cannot expand")
        let reader = LibICalReader()
        var differences: [String] = []
        for file in files {
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file.path)), as: UTF8.self)
            let ours = reader.busy(in: text, zone: Self.owner, window: file.window)
            let seconds = ours.items.reduce(0) { $0 + $1.duration }
            let equal = abs(seconds - file.seconds) < 1
            if let reason = Self.deliberate[file.name] {
                #expect(!equal, "\(file.name) is listed as a deliberate difference (\(reason)) but now agrees")
                continue
            }
            if !equal {
                let firstDifference = zip(ours.items, file.intervals).first { $0 != $1 }.map { "ours \($0.0) vs \($0.1)" }
                    ?? "ours has \(ours.items.count) intervals, the reference \(file.intervals.count)"
                differences.append("\(file.name): \(Int(seconds / 60)) min vs \(Int(file.seconds / 60)) min; \(firstDifference); problems \(ours.problems)")
            }
        }
        #expect(differences.isEmpty, "\(differences.count) of \(files.count) files differ:\n\(differences.joined(separator: "\n"))")
    }
}
