import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting

/// The people of the program journeys, other than the findings file's: Rafaela, new in São Paulo sales and not yet
/// joined; Kenji, a product lead in Tokyo who mentors customer discovery; Ingrid (Oslo) and Harriet (London), mentors
/// in other subjects; Marcos, Rafaela's manager.
///
/// Neither São Paulo nor Tokyo changes its clocks, so Harriet, in London, is the one who can move a series across a
/// daylight-saving change: she hosts a weekly practice with Rafaela and Kenji, kept at London time.
enum JourneyCast {
    static let csv = """
        email,name,manager_email,site,country,timezone,function,team,career_stage,hire_date,languages,status
        marcos.lima@example.com,Marcos Lima,,São Paulo,BR,America/Sao_Paulo,Sales,LATAM,lead,2015-05-04,pt;en,active
        rafaela.souza@example.com,Rafaela Souza,marcos.lima@example.com,São Paulo,BR,America/Sao_Paulo,Sales,LATAM,early,2027-02-15,pt;en,active
        kenji.watanabe@example.com,Kenji Watanabe,,Tokyo,JP,Asia/Tokyo,Product,Discovery,lead,2016-10-03,ja;en,active
        ingrid.larsen@example.com,Ingrid Larsen,,Oslo,NO,Europe/Oslo,Finance,Treasury,senior,2018-01-08,no;en,active
        harriet.walker@example.com,Harriet Walker,,London,GB,Europe/London,People,Learning,senior,2014-09-15,en,active
        """

    static let rafaela = "rafaela.souza@example.com", kenji = "kenji.watanabe@example.com"
    static let ingrid = "ingrid.larsen@example.com", harriet = "harriet.walker@example.com"

    /// Monday 1 March 2027, 12:00 UTC: 09:00 in São Paulo, 21:00 in Tokyo, four weeks before London's clocks go
    /// forward (Sunday 28 March).
    static let start = Date(timeIntervalSince1970: 1_803_902_400)

    /// A harness over the cast on a fake clock at ``start``, where Ingrid and Harriet mentor other subjects than
    /// customer discovery (they joined earlier; Rafaela and Kenji join in the journey).
    static func harness(clock: FakeClock = FakeClock(start)) throws -> ChatHarness {
        let chat = try ChatHarness(people: csv, clock: clock)
        try chat.setProfile(ingrid) { profile in
            profile.roles = [.mentor]
            profile.expertise = ["budgeting", "forecasting"]
            profile.capacity = 2
        }
        try chat.setProfile(harriet) { profile in
            profile.roles = [.mentor]
            profile.expertise = ["presentation skills"]
            profile.capacity = 2
        }
        return chat
    }

    /// Types each line in turn as `email` and returns the replies, so a questionnaire can be answered in one go.
    static func answer(_ lines: [String], as email: String, in chat: ChatHarness) -> [String] {
        lines.map { chat.say($0, as: email) }
    }

    /// The command a button shows in a plain-text reply (`[Label] → type: COMMAND`), as the person would copy it.
    static func command(of label: String, in reply: String) -> String? {
        reply.split(separator: "\n").lazy.compactMap { line -> String? in
            guard line.contains("[\(label)] → type: ") else { return nil }
            return line.components(separatedBy: "→ type: ").last.map { $0.trimmingCharacters(in: .whitespaces) }
        }.first
    }

    /// The deliveries `email` read, as (their local time, text).
    static func seen(by email: String, in deliveries: [ChatHarness.Delivery], zone: String) -> [(local: LocalDateTime, text: String)] {
        deliveries.filter { $0.email == email }.map { (LocalDateTime($0.at, in: TimeZone(identifier: zone)!), $0.text) }
    }
}
