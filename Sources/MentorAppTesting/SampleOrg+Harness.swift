import Foundation
import MentorCore
import MentorTesting

/// The sample org of `make run`: `Config/sample-org.csv` and the profiles of `Config/sample-profiles.csv`.
public enum SampleOrg {
    /// A harness over the sample org, every consenting profile imported as `mentord import profiles` would.
    public static func harness(clock: FakeClock = FakeClock()) throws -> ChatHarness {
        let root = BuiltProducts.packageRoot + "/Config/"
        let chat = try ChatHarness(people: try String(contentsOfFile: root + "sample-org.csv", encoding: .utf8), clock: clock)
        let planner = ProfileImportPlanner(
            directory: chat.directory, profiles: chat.profiles, messages: chat.assistant.messages.localized(to: "en"), now: clock.now
        )
        let plan = try planner.plan(csv: try String(contentsOfFile: root + "sample-profiles.csv", encoding: .utf8))
        precondition(plan.problems.isEmpty, "bad sample profiles: \(plan.problems)")
        for profile in plan.profiles { try chat.profiles.save(profile) }
        return chat
    }
}
