/// The name a kind of job is stored under, one constant per kind, so a misspelt kind does not compile.
///
/// The names are stored in the job table: renaming one needs a migration.
public struct JobKind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// "Did you meet?" after an expected meeting of a pairing (``CheckInJob``).
    public static let checkIn = JobKind(rawValue: "checkIn")
    /// One touchpoint of a pairing's program journey (``JourneyJob``).
    public static let journey = JobKind(rawValue: "journey")
    /// The next step of a pairing's inactivity ladder (``InactivityJob``).
    public static let inactivity = JobKind(rawValue: "inactivity")
    /// A message prepared earlier, delivered when it was timed for (``NoticeJob``).
    public static let notice = JobKind(rawValue: "notice")
    /// The first question of a reflection after a meeting (``ReflectionPromptJob``).
    public static let reflectionPrompt = JobKind(rawValue: "reflectionPrompt")
    /// A note a few days before a goal is due (``GoalNudgeJob``).
    public static let goalNudge = JobKind(rawValue: "goalNudge")
    /// Someone's daily digest (``DigestJob``).
    public static let digest = JobKind(rawValue: "digest")
    /// A reminder before a meeting (``MeetingReminderJob``).
    public static let meetingReminder = JobKind(rawValue: "meetingReminder")
    /// The move from one occurrence of a series to the next (``MeetingAdvanceJob``).
    public static let meetingAdvance = JobKind(rawValue: "meetingAdvance")
    /// One region's office-hours announcement (``OfficeHoursAnnounceJob``).
    public static let officeHoursAnnounce = JobKind(rawValue: "officeHoursAnnounce")
    /// The attendees' reminder and the host's list before office hours (``OfficeHoursRosterJob``).
    public static let officeHoursRoster = JobKind(rawValue: "officeHoursRoster")
    /// The move from one office-hours session to the next (``OfficeHoursNextJob``).
    public static let officeHoursNext = JobKind(rawValue: "officeHoursNext")
    /// A community sprint's close-out (``SprintCloseJob``).
    public static let sprintClose = JobKind(rawValue: "sprintClose")
    /// The monthly recognition post (``RecognitionPostJob``).
    public static let recognitionPost = JobKind(rawValue: "recognitionPost")
    /// An unanswered offer running out (``OfferExpiryJob``).
    public static let offerExpiry = JobKind(rawValue: "offerExpiry")
    /// The one reminder of an unanswered offer, inside the mentor's working hours (``OfferReminderJob``).
    public static let offerReminder = JobKind(rawValue: "offerReminder")
    /// The booking of a circle's next session when one ends (``CircleNextSessionJob``).
    public static let circleNextSession = JobKind(rawValue: "circleNextSession")
    /// The weekly program-manager digest (``ProgramDigestJob``).
    public static let programDigest = JobKind(rawValue: "programDigest")
}
