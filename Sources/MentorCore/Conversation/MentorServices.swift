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
    public var matches: any MatchStore
    public var messenger: any PersonMessenger
    public var programs: MatchPrograms
    public var meetings: any MeetingStore
    public var jobs: any JobStore
    public var engagement: any EngagementStore
    public var community: any CommunityStore
    /// Channels announcements can go to, by name.
    public var channels: [Channel]
    /// The channel name for the monthly recognition post, if any.
    public var recognitionChannel: String?
    public var scheduling: SchedulingSettings

    public init(
        unitOfWork: any UnitOfWork, directory: any DirectoryStore, profiles: any ProfileStore, conversations: any ConversationStore,
        mentorIndex: any MentorIndex, synonyms: SynonymTable, clock: any Clock, logger: any Logger, matches: any MatchStore,
        messenger: any PersonMessenger, programs: MatchPrograms, meetings: any MeetingStore, jobs: any JobStore,
        engagement: any EngagementStore, community: any CommunityStore, channels: [Channel],
        recognitionChannel: String?, scheduling: SchedulingSettings
    ) {
        self.unitOfWork = unitOfWork
        self.directory = directory
        self.profiles = profiles
        self.conversations = conversations
        self.mentorIndex = mentorIndex
        self.synonyms = synonyms
        self.clock = clock
        self.logger = logger
        self.matches = matches
        self.messenger = messenger
        self.programs = programs
        self.meetings = meetings
        self.jobs = jobs
        self.engagement = engagement
        self.community = community
        self.channels = channels
        self.recognitionChannel = recognitionChannel
        self.scheduling = scheduling
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
