import Foundation
import MentorCore

/// Converts profiles to and from their `profiles` row. Sets and lists are stored comma-separated
/// (normalised tags never contain commas); a pause is `*` for indefinitely or an ISO date.
enum ProfileRow {
    static func values(_ profile: Profile, now: Date) -> [SQLValue] {
        [
            .integer(profile.personID.rawValue),
            .text(profile.roles.sorted().map(\.rawValue).joined(separator: ",")),
            .text(profile.expertise.joined(separator: ",")),
            .text(profile.interests.joined(separator: ",")),
            .text(profile.goals.joined(separator: ",")),
            SQLValue(profile.languages?.joined(separator: ",")),
            .text(profile.styles.sorted().map(\.rawValue).joined(separator: ",")),
            .text(profile.formats.sorted().map(\.rawValue).joined(separator: ",")),
            .integer(Int64(profile.capacity)),
            .text(profile.workingHours.description),
            SQLValue(profile.quietHours?.description),
            SQLValue(profile.timeZoneID),
            SQLValue(profile.site),
            SQLValue(pauseText(profile.pause)),
            .text(profile.language),
            .text(profile.bio),
            SQLValue(profile.consentedAt.map { Int64($0.timeIntervalSince1970) }),
            .integer(Int64(now.timeIntervalSince1970)),
            .text(profile.channel.rawValue),
            .integer(profile.shareWithManager ? 1 : 0),
        ]
    }

    /// Decodes the columns selected by ``SQLiteProfiles`` starting at `offset`, in the order of ``values(_:now:)``
    /// without `updated_at` (so `channel` is column 17 and `share_with_manager` 18).
    static func decode(_ row: Row, offset: Int32 = 0) -> Profile {
        func list(_ column: Int32) -> [String] {
            row.string(offset + column).split(separator: ",").map(String.init)
        }
        var profile = Profile(personID: PersonID(row.int64(offset)))
        profile.roles = Set(list(1).compactMap(ParticipantRole.init(rawValue:)))
        profile.expertise = list(2)
        profile.interests = list(3)
        profile.goals = list(4)
        profile.languages = row.optionalString(offset + 5).map { $0.split(separator: ",").map(String.init) }
        profile.styles = Set(list(6).compactMap(CommunicationStyle.init(rawValue:)))
        profile.formats = Set(list(7).compactMap(MentoringFormat.init(rawValue:)))
        profile.capacity = row.int(offset + 8)
        profile.workingHours = WorkingHours(parsing: row.string(offset + 9)) ?? .standard
        profile.quietHours = row.optionalString(offset + 10).flatMap(DailyWindow.init(parsing:))
        profile.timeZoneID = row.optionalString(offset + 11)
        profile.site = row.optionalString(offset + 12)
        profile.pause = row.optionalString(offset + 13).flatMap(pause(from:))
        profile.language = row.string(offset + 14)
        profile.bio = row.string(offset + 15)
        profile.consentedAt = row.optionalInt64(offset + 16).map { Date(timeIntervalSince1970: TimeInterval($0)) }
        profile.channel = ContactChannel(rawValue: row.string(offset + 17)) ?? .chat
        profile.shareWithManager = row.int64(offset + 18) == 1
        return profile
    }

    private static func pauseText(_ pause: Pause?) -> String? {
        switch pause {
        case nil: nil
        case .indefinitely: "*"
        case .until(let date): date.description
        }
    }

    static func pause(from text: String) -> Pause? {
        text == "*" ? .indefinitely : CalendarDate(iso: text).map(Pause.until)
    }
}
