import Foundation
import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// `mentord match run|export|solve` in-process over a real SQLite file holding the sample org.
@Suite struct MatchCLITests {
    let folder = TemporaryDirectory()
    var environment: [String: String] {
        [
            "MENTORD_DATA_DIR": folder.file("data"), "MENTORD_PROMPTS_DIR": ChatHarness.promptsDirectory, "MENTORD_LOG_LEVEL": "warning",
            "MENTORD_MATCHING_PROGRAMS_FILE": BuiltProducts.packageRoot + "/Config/programs.json",
        ]
    }

    func run(_ arguments: String) -> (Int32, CapturedTerminal) {
        let captured = CapturedTerminal(environment: environment, input: [])
        return (MentordCLI.run(arguments.split(separator: " ").map(String.init), terminal: captured.terminal), captured)
    }

    /// Imports the sample org and gives 12 people mentor profiles (capacity 2) and 30 mentee profiles.
    func seedProgram() throws {
        let sampleOrg = BuiltProducts.packageRoot + "/Config/sample-org.csv"
        #expect(run("import people \(sampleOrg)").0 == 0)
        let app = try MentorApplication(config: MentorConfig(ConfigLoader(environment: environment).load(file: nil)), logger: RecordingLogger())
        let emails = try String(contentsOfFile: sampleOrg, encoding: .utf8).split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } }
        let people = try emails.compactMap { try app.directory.person(email: String($0)) }
        let topics = ["public speaking", "negotiation", "leadership"]
        for (index, person) in people.prefix(42).enumerated() {
            var profile = try app.profiles.profileOrDefault(for: person.id)
            profile.consentedAt = Date(timeIntervalSince1970: 1_780_000_000)
            if index < 12 {
                profile.roles = [.mentor]
                profile.expertise = [topics[index % 3], topics[(index + 1) % 3]]
                profile.capacity = 2
            } else {
                profile.roles = [.mentee]
                profile.goals = [topics[index % 3]]
            }
            try app.profiles.save(profile)
        }
    }

    @Test func aDryRunWritesTheReviewAndExportThenSolveAgree() throws {
        try seedProgram()
        let review = folder.file("review.csv")
        let (status, dryRun) = run("match run --program mentoring --review \(review)")
        #expect(status == 0, "\(dryRun.standardError)")
        #expect(dryRun.standardOutput.contains("dry run: nothing changed"))
        let summary = try #require(dryRun.standardOutput.firstMatch(of: /(\d+) of 30 waiting matched; total score (\d+)/))
        let rows = try String(contentsOfFile: review, encoding: .utf8).split(separator: "\n")
        #expect(rows.first == "mentee_email,mentee_name,mentor_email,mentor_name,score,reasons")
        #expect(rows.count == 31, "one row per waiting mentee")
        #expect(rows.dropFirst().first?.contains("both work on") == true)

        let instance = folder.file("round.json")
        let (exportStatus, export) = run("match export --program mentoring \(instance)")
        #expect(exportStatus == 0, "\(export.standardError)")
        #expect(export.standardOutput.contains("30 mentees, 12 mentors"))
        let (solveStatus, solve) = run("match solve \(instance)")
        #expect(solveStatus == 0, "\(solve.standardError)")
        #expect(solve.standardOutput.contains("objective=\(summary.2) matched=\(summary.1) "), "a dry run changes nothing, so the export solves to the same optimum")
        #expect(Int(summary.1)! > 0)
    }

    @Test func aCommitCreatesPairingsOnceAndRotationEndsNothingEarly() throws {
        try seedProgram()
        let (status, commit) = run("match run --commit")
        #expect(status == 0, "\(commit.standardError)")
        let matched = try #require(commit.standardOutput.firstMatch(of: /committed: (\d+) pairing\(s\) created/)).1
        #expect(Int(matched)! > 0)
        #expect(run("match run --commit").1.standardOutput.contains("committed: nobody could be matched, so no pairings were created and no introductions were sent"), "paired mentees wait no more")
        #expect(run("match rotate").1.standardOutput.contains("ended 0 pairing(s) past their period"))
    }

    @Test func badInputExitsWithSysexitsAndSaysWhatToDo() throws {
        let (both, contradiction) = run("match run --dry-run --commit")
        #expect(both == 64)
        #expect(contradiction.standardError.contains("--dry-run and --commit contradict each other"))
        let (unknown, program) = run("match run --program nope")
        #expect(unknown == 64)
        #expect(program.standardError.contains("one of: mentoring, reverse"))
        #expect(run("match solve \(folder.file("missing.json"))").0 == 66)
        let broken = folder.file("broken.json")
        try Data(#"{"format":"mentord-match-instance/1","objective":"best-score","mentors":[{"person":1,"capacity":1}],"mentees":[{"person":2}],"edges":[[0,5,10]]}"#.utf8)
            .write(to: URL(fileURLWithPath: broken))
        let (badStatus, bad) = run("match solve \(broken)")
        #expect(badStatus == 65)
        #expect(bad.standardError.contains(broken))
    }
}

/// `mentord import profiles`: consented intake answers become joined profiles; bad rows are reported by line.
@Suite struct ImportProfilesCLITests {
    let folder = TemporaryDirectory()
    var environment: [String: String] {
        ["MENTORD_DATA_DIR": folder.file("data"), "MENTORD_PROMPTS_DIR": ChatHarness.promptsDirectory, "MENTORD_LOG_LEVEL": "warning"]
    }

    func run(_ arguments: String) -> (Int32, CapturedTerminal) {
        let captured = CapturedTerminal(environment: environment, input: [])
        return (MentordCLI.run(arguments.split(separator: " ").map(String.init), terminal: captured.terminal), captured)
    }

    @Test func theSampleProfilesImportAndMakeTheDemoMatchable() throws {
        #expect(run("import people \(BuiltProducts.packageRoot)/Config/sample-org.csv").0 == 0)
        let (status, output) = run("import profiles \(BuiltProducts.packageRoot)/Config/sample-profiles.csv")
        #expect(status == 0, "\(output.standardError)")
        #expect(output.standardOutput.contains("imported 209 profile(s)"))
        let (round, review) = run("match run --review \(folder.file("review.csv"))")
        #expect(round == 0)
        #expect(review.standardOutput.firstMatch(of: /(\d+) of (\d+) waiting matched/).map { Int($0.1)! > 20 } == true, "\(review.standardOutput)")
    }

    @Test func badRowsAreReportedByLineAndNothingIsWritten() throws {
        #expect(run("import people \(BuiltProducts.packageRoot)/Config/sample-org.csv").0 == 0)
        let file = folder.file("intake.csv")
        try Data("""
            email,consented,roles,capacity,expertise
            chinedu.obi@example.com,yes,mentor,2,leadership
            amaka.okafor@example.com,no,mentor,2,leadership
            nobody@example.com,yes,mentor,1,sales
            chinedu.obi@example.com,yes,mentor,3,sales
            """.utf8).write(to: URL(fileURLWithPath: file))
        let (status, output) = run("import profiles \(file)")
        #expect(status == 65)
        #expect(output.standardError.contains("intake.csv:3: skipped: amaka.okafor@example.com has not consented"), "a refusal is skipped, not a problem (finding 70)")
        #expect(output.standardError.contains("intake.csv:4: no person with email nobody@example.com"))
        #expect(output.standardError.contains("intake.csv:5: chinedu.obi@example.com appears twice"))
        #expect(output.standardError.contains("nothing imported"))
        try Data("email,consented,capacity\nchinedu.obi@example.com,yes,99\n".utf8).write(to: URL(fileURLWithPath: file))
        #expect(run("import profiles \(file)").1.standardError.contains("intake.csv:2: capacity:"))
        try Data("email,consented,favourite\nchinedu.obi@example.com,yes,x\n".utf8).write(to: URL(fileURLWithPath: file))
        #expect(run("import profiles \(file)").1.standardError.contains("unknown column \"favourite\""))
        #expect(run("import profiles \(folder.file("missing.csv"))").0 == 66)
    }
}

/// `mentord role grant|revoke`: how an operator appoints the first program manager.
@Suite struct RoleCLITests {
    let folder = TemporaryDirectory()

    func run(_ arguments: String) -> (Int32, CapturedTerminal) {
        let captured = CapturedTerminal(environment: ["MENTORD_DATA_DIR": folder.file("data"), "MENTORD_LOG_LEVEL": "warning"], input: [])
        return (MentordCLI.run(arguments.split(separator: " ").map(String.init), terminal: captured.terminal), captured)
    }

    @Test func grantsAndRevokesWithAnAuditTrail() throws {
        #expect(run("import people \(BuiltProducts.packageRoot)/Config/sample-org.csv").0 == 0)
        let (status, granted) = run("role grant alice.nguyen@example.com program-manager")
        #expect(status == 0)
        #expect(granted.standardOutput.contains("Alice Nguyen <alice.nguyen@example.com> is now program-manager"))
        #expect(run("role grant alice.nguyen@example.com program-manager").1.standardOutput.contains("nothing changed"))
        #expect(run("role revoke alice.nguyen@example.com program-manager").1.standardOutput.contains("is no longer program-manager"))
        #expect(run("role promote alice.nguyen@example.com manager").0 == 64)
        let (badRole, message) = run("role grant alice.nguyen@example.com wizard")
        #expect(badRole == 64 && message.standardError.contains("one of: manager, ambassador, program-manager, sponsor"))
        #expect(run("role grant nobody@example.com manager").0 == 66)
        let app = try MentorApplication(config: MentorConfig(ConfigLoader(environment: ["MENTORD_DATA_DIR": folder.file("data")]).load(file: nil)), logger: RecordingLogger())
        let person = try #require(try app.directory.person(email: "alice.nguyen@example.com"))
        #expect(try app.directory.roles(of: person.id).isEmpty)
    }
}
