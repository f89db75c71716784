import MentorCore
import MentorStore
import MentorTesting

extension StoreBackend {
    /// The embedded backend: one SQLite file in a temporary directory, removed with the stores.
    static let sqlite = StoreBackend(name: "SQLite") { clock in
        let folder = TemporaryDirectory()
        let database = try Database(path: folder.file("contract.sqlite"))
        try Migrator().migrate(database)
        let outbox = SQLiteOutbox(database: database, clock: clock)
        let profiles = SQLiteProfiles(database: database, clock: clock)
        return ContractStores(
            clock: clock, unitOfWork: SQLiteUnitOfWork(database: database), directory: SQLiteDirectory(database: database, clock: clock),
            profiles: profiles, conversations: SQLiteConversations(database: database), mentorIndex: profiles, outbox: outbox,
            messenger: SQLiteMessenger(database: database, outbox: outbox, clock: clock, consolePlatform: ContractStores.consolePlatform),
            meetings: SQLiteMeetingStore(database: database), jobs: SQLiteJobStore(database: database),
            requests: SQLiteRequestStore(database: database), offers: SQLiteOfferStore(database: database),
            pairings: SQLitePairingStore(database: database), blockList: SQLiteBlockListStore(database: database),
            rounds: SQLiteRoundStore(database: database), checkIns: SQLiteCheckInStore(database: database),
            reflections: SQLiteReflectionStore(database: database), goals: SQLiteGoalStore(database: database),
            surveys: SQLiteSurveyStore(database: database), digests: SQLiteDigestStore(database: database),
            feedback: SQLiteFeedbackStore(database: database, tokenDigest: SHA256TokenDigest()), officeHours: SQLiteOfficeHoursStore(database: database),
            circles: SQLiteCircleStore(database: database), resources: SQLiteResourceLibraryStore(database: database),
            recognition: SQLiteRecognitionStore(database: database), auditLog: SQLiteAuditLog(database: database),
            inbox: SQLiteInbox(database: database), platformState: SQLitePlatformState(database: database, clock: clock),
            buttonReferences: SQLiteButtonReferenceStore(database: database), dashboardSessions: SQLiteDashboardSessions(database: database),
            queuedMessages: { try outbox.due(limit: 1_000).map(\.message) }, keepAlive: [folder, database]
        )
    }
}
