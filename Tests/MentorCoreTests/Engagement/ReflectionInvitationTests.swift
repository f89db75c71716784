import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// The reflection mentord offers by itself after a meeting is an invitation with a button, not an open question:
/// found when walking the merged journeys, where the next command a person typed (`mentoring`, hours later) was
/// taken as the first answer and lost, the same harm as finding 41.
@Suite struct ReflectionInvitationTests {
    static let bruno = "bruno@example.com", chiyo = "chiyo@example.com"

    @Test func uxFinding41AnUnpromptedReflectionIsAnInvitationSoTheNextCommandRuns() throws {
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        _ = try EngagementScenarioTests.paired(chat)
        _ = chat.say("schedule @chiyo@example.com within 3d", as: Self.bruno)
        _ = chat.say("book 1", as: Self.bruno)
        _ = chat.say("rsvp 1 yes", as: Self.chiyo)
        let meeting = try #require(try chat.services().meetings.meeting(id: 1))
        let deliveries = try chat.run(until: meeting.start + 30 * 3600, step: 900, watching: [Self.bruno])
        let invitation = try #require(deliveries.first { $0.text.contains("How did your meeting with Chiyo Tanaka go?") }, "\(deliveries.map(\.text))")
        #expect(invitation.text.contains("[Reflect now] → type: reflect"), "\(invitation.text)")
        #expect(!invitation.text.contains("(1/3)"), "no question is open until the person starts")
        #expect(chat.say("mentoring", as: Self.bruno).contains("Your mentor Chiyo Tanaka"), "the next command runs as a command")
        #expect(chat.say("reflect", as: Self.bruno).contains("(1/3)"), "the button starts the reflection")
    }
}
