import Foundation

/// What a participant says about themselves. HRIS facts live on ``Person``; this is theirs to edit.
public struct Profile: Sendable, Equatable {
    public var personID: PersonID
    public var roles: Set<ParticipantRole> = []
    /// Normalised tags (see ``TagList``).
    public var expertise: [String] = []
    public var interests: [String] = []
    public var goals: [String] = []
    /// Overrides the HRIS languages when set.
    public var languages: [String]?
    public var styles: Set<CommunicationStyle> = []
    public var formats: Set<MentoringFormat> = []
    /// How many mentees they take at once.
    public var capacity: Int = 2
    public var workingHours: WorkingHours = .standard
    public var quietHours: DailyWindow? = DailyWindow(start: 21 * 60, end: 8 * 60)
    /// Overrides the HRIS zone when set (people travel and move).
    public var timeZoneID: String?
    /// Overrides the HRIS site when set.
    public var site: String?
    public var pause: Pause?
    /// The language mentord speaks to them in.
    public var language: String = MessageCatalog.fallbackLanguage
    public var bio: String = ""
    /// When they agreed to the program's terms during `join`; nil until then.
    public var consentedAt: Date?
    /// Where the messages mentord starts itself go first: chat, or email (when mentord sends email).
    public var channel: ContactChannel = .chat
    /// Whether their manager's dashboard may show their own participation (pairings, meetings); off until they say so.
    public var shareWithManager = false

    public init(personID: PersonID) {
        self.personID = personID
    }

    /// The zone to use for this person: theirs if set, else the HRIS one.
    public func timeZoneID(for person: Person) -> String { timeZoneID ?? person.timeZoneID }

    /// The zone of ``timeZoneID(for:)``; UTC if the name is not a zone Foundation knows.
    public func timeZone(for person: Person) -> TimeZone { TimeZone(identifier: timeZoneID(for: person)) ?? .gmt }

    /// The languages to use for this person: theirs if set, else the HRIS ones.
    public func languages(for person: Person) -> [String] { languages ?? person.languages }

    /// Whether they are paused on `date` (their local calendar date).
    public func isPaused(on date: CalendarDate) -> Bool {
        pause?.covers(date) ?? false
    }
}

/// A break from being matched or chased.
public enum Pause: Sendable, Equatable {
    case indefinitely
    /// Paused up to, not including, this date.
    case until(CalendarDate)

    /// Whether the pause is still on for `date`.
    public func covers(_ date: CalendarDate) -> Bool {
        switch self {
        case .indefinitely: true
        case .until(let end): date < end
        }
    }
}
