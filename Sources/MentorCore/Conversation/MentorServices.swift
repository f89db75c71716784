import Foundation

/// The stores and services the assistant and its commands use, wired by the composition root.
public struct MentorServices: Sendable {
    /// Groups writes across stores; see ``transaction(_:)``.
    public var unitOfWork: any UnitOfWork
    public var directory: any DirectoryStore
    public var profiles: any ProfileStore
    public var conversations: any ConversationStore
    public var mentorIndex: any MentorIndex
    public var synonyms: SynonymTable
    public var clock: any Clock
    public var logger: any Logger
    public var messenger: any PersonMessenger
    public var programs: MatchPrograms
    public var requests: any RequestStore
    public var offers: any OfferStore
    public var pairings: any PairingStore
    public var blockList: any BlockListStore
    public var rounds: any RoundStore
    public var meetings: any MeetingStore
    public var jobs: any JobStore
    public var checkIns: any CheckInStore
    public var reflections: any ReflectionStore
    public var goals: any GoalStore
    public var surveys: any SurveyStore
    public var digests: any DigestStore
    public var feedback: any FeedbackStore
    public var officeHours: any OfficeHoursStore
    public var circles: any CircleStore
    public var resources: any ResourceLibraryStore
    public var recognition: any RecognitionStore
    /// Where every admin action and read of private data is recorded.
    public var auditLog: any AuditLog
    /// Channels announcements can go to, by name.
    public var channels: [Channel]
    /// The channel name for the monthly recognition post, if any.
    public var recognitionChannel: String?
    public var scheduling: SchedulingSettings
    /// The offers waiting for each mentor's answer.
    public var waitingOffers: any WaitingOfferStore
    /// Which platforms can deliver channel posts here; the composition root sets it from the configuration.
    public var channelPlatforms = ChannelPlatforms(enabled: [], setup: [:])
    /// Which calendar feed addresses `calendar` accepts; the composition root sets it from the configuration.
    public var calendarFeedRules = CalendarFeedRules()
    /// Reads people's published calendars for busy time; the composition root sets the libical reader.
    public var calendars: any CalendarReader = NoCalendarReader()
    /// Digests the tokens kept in the store (link codes).
    public var tokenDigest: any TokenDigest
    /// Where `find` notes topics nobody offers, for the dashboard's supply and demand; the composition root sets it.
    public var unansweredSearches: any UnansweredSearchLog = UnansweredSearchesNotKept()
    /// What the dashboard counts, for the weekly program-manager digest; the composition root sets the store's.
    public var insights: any InsightsStore = NoInsights()
    /// The health targets of `Config/programs.json`.
    public var healthTargets = HealthTargets()
    /// The dashboard's sign-in links and sessions.
    public var dashboardSessions: any DashboardSessionStore
    /// Minutes a dashboard session may go unused; the composition root sets it from `dashboard.idle_minutes`.
    public var dashboardIdleMinutes = 30

    public init(
        unitOfWork: any UnitOfWork, directory: any DirectoryStore, profiles: any ProfileStore, conversations: any ConversationStore,
        mentorIndex: any MentorIndex, synonyms: SynonymTable, clock: any Clock, logger: any Logger, messenger: any PersonMessenger,
        programs: MatchPrograms, requests: any RequestStore, offers: any OfferStore, pairings: any PairingStore,
        blockList: any BlockListStore, rounds: any RoundStore, meetings: any MeetingStore, jobs: any JobStore, checkIns: any CheckInStore,
        reflections: any ReflectionStore, goals: any GoalStore, surveys: any SurveyStore, digests: any DigestStore,
        feedback: any FeedbackStore, officeHours: any OfficeHoursStore, circles: any CircleStore, resources: any ResourceLibraryStore,
        recognition: any RecognitionStore, auditLog: any AuditLog, channels: [Channel], recognitionChannel: String?,
        scheduling: SchedulingSettings,
        waitingOffers: any WaitingOfferStore, tokenDigest: any TokenDigest, dashboardSessions: any DashboardSessionStore
    ) {
        self.tokenDigest = tokenDigest
        self.dashboardSessions = dashboardSessions
        self.unitOfWork = unitOfWork
        self.directory = directory
        self.profiles = profiles
        self.conversations = conversations
        self.mentorIndex = mentorIndex
        self.synonyms = synonyms
        self.clock = clock
        self.logger = logger
        self.messenger = messenger
        self.programs = programs
        self.requests = requests
        self.offers = offers
        self.pairings = pairings
        self.blockList = blockList
        self.rounds = rounds
        self.meetings = meetings
        self.jobs = jobs
        self.checkIns = checkIns
        self.reflections = reflections
        self.goals = goals
        self.surveys = surveys
        self.digests = digests
        self.feedback = feedback
        self.officeHours = officeHours
        self.circles = circles
        self.resources = resources
        self.recognition = recognition
        self.auditLog = auditLog
        self.channels = channels
        self.recognitionChannel = recognitionChannel
        self.scheduling = scheduling
        self.waitingOffers = waitingOffers
    }

    /// Runs `body` in one transaction with everything it writes, messages and jobs included.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try unitOfWork.transaction(body)
    }

    /// The configured channel called `name`, case-insensitively.
    public func channel(named name: String) -> Channel? {
        channels.first { $0.name.lowercased() == name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "#")) }
    }
}
