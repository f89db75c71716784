import Foundation
import MentorApp
import MentorAppTesting
import MentorTesting
import Testing

/// Walkthrough finding 67 on the command line (`findings/ux-walkthrough.md`).
@Suite struct MatchCLIFindingsTests {
    let folder = TemporaryDirectory()

    func run(_ arguments: String) -> CapturedTerminal {
        let environment = [
            "MENTORD_DATA_DIR": folder.file("data"), "MENTORD_PROMPTS_DIR": ChatHarness.promptsDirectory, "MENTORD_LOG_LEVEL": "warning",
            "MENTORD_MATCHING_PROGRAMS_FILE": BuiltProducts.packageRoot + "/Config/programs.json",
        ]
        let captured = CapturedTerminal(environment: environment, input: [])
        _ = MentordCLI.run(arguments.split(separator: " ").map(String.init), terminal: captured.terminal)
        return captured
    }

    @Test func uxFinding67ACommitThatMatchesNobodyDoesNotClaimIntroductions() throws {
        _ = run("import people \(BuiltProducts.packageRoot)/Config/sample-org.csv")
        let committed = run("match run --commit --review \(folder.file("review.csv"))").standardOutput
        #expect(committed.contains("committed: nobody could be matched, so no pairings were created and no introductions were sent"), "\(committed)")
        #expect(!committed.contains("introductions queued"))
    }
}
