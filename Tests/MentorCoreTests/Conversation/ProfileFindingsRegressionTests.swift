import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Findings 8–11 of the 2026-12-01 walkthrough (`findings/ux-walkthrough.md`): what `profile` and `whoami` accept and show.
@Suite struct ProfileFindingsRegressionTests {
    static let bruno = "bruno@example.com"

    @Test func uxFinding08LanguagesMustBeISO6391Codes() throws {
        let chat = try ChatHarness()
        #expect(chat.say("profile set languages pt, en, xx", as: Self.bruno)
            == "xx isn't an ISO 639-1 language code. Write two-letter codes like en, es, pt, ja. Nothing was changed.")
        #expect(try chat.profile(of: Self.bruno)?.languages == nil, "nothing was saved")
        #expect(chat.say("profile set languages PT, ja", as: Self.bruno).contains("Languages:        pt, ja"))
    }

    @Test func uxFinding09WorkingHoursInsideQuietHoursWarnWithAFixThatFits() throws {
        let chat = try ChatHarness()
        let reply = chat.say("profile set hours 22:00-06:00 Mon-Fri", as: Self.bruno)
        #expect(reply.hasPrefix("Saved your working hours.\nNote: your working hours 22:00-06:00 overlap your quiet hours 21:00-08:00"), "\(reply)")
        #expect(reply.contains("type profile set quiet 07:00-21:00, or profile set quiet none to have no quiet hours."))
        let fixed = chat.say("profile set quiet 07:00-21:00", as: Self.bruno)
        #expect(fixed.hasPrefix("Saved your quiet hours.") && !fixed.contains("overlap"), "the suggested quiet hours fit: \(fixed)")
    }

    @Test func uxFinding09TheSiteComesFromHRWhenHRHasOne() throws {
        let chat = try ChatHarness()
        #expect(chat.say("profile set site Rio", as: Self.bruno)
            == "Your site, São Paulo, comes from HR, so it can't be changed here. If it's wrong, ask HR to correct it. Nothing was changed.")
        #expect(chat.say("profile", as: Self.bruno).contains("Site:             São Paulo (from HR)"))
        let remote = try ChatHarness(people: "email,name,timezone\nrem@example.com,Rem Ote,Europe/Berlin")
        #expect(remote.say("profile set site Remote (Porto)", as: "rem@example.com").hasPrefix("Saved your site."), "without an HR site it is theirs")
    }

    @Test func uxFinding09ConfirmationsNameTheFieldInWords() throws {
        let chat = try ChatHarness()
        #expect(chat.say("profile set quiet 22:00-07:00", as: Self.bruno).hasPrefix("Saved your quiet hours."))
        #expect(chat.say("profile set timezone Europe/Lisbon", as: Self.bruno).hasPrefix("Saved your time zone."))
        #expect(chat.say("profile set style video", as: Self.bruno).hasPrefix("Saved your meeting style."))
    }

    @Test func uxFinding10MenteeCapacityIsShownOnlyForMentors() throws {
        let chat = try ChatHarness()
        try chat.setProfile(Self.bruno) { $0.roles = [.mentee] }
        #expect(!chat.say("profile", as: Self.bruno).contains("Mentee capacity"))
        #expect(!chat.say("profile", as: "chiyo@example.com").contains("Mentee capacity"), "nor for someone who hasn't joined")
        try chat.setProfile(Self.bruno) { $0.roles = [.mentee, .mentor] }
        #expect(chat.say("profile", as: Self.bruno).contains("Mentee capacity:  2"))
    }

    @Test func uxFinding11WhoamiShowsAccessAndProfileShowsHowYouTakePart() throws {
        let chat = try ChatHarness()
        try chat.grant(.manager, to: Self.bruno)
        try chat.setProfile(Self.bruno) { $0.roles = [.mentor, .peer] }
        let whoami = chat.say("whoami", as: Self.bruno)
        #expect(whoami.contains("Access:          member, manager") && !whoami.contains("Roles:"), "\(whoami)")
        let profile = chat.say("profile", as: Self.bruno)
        #expect(profile.contains("Roles:            mentor, peer") && !profile.contains("member"), "\(profile)")
    }
}
