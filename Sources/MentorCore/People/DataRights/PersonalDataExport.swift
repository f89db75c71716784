import Foundation

/// `mentord export EMAIL`: assembles ``PersonalDataDocument`` through the stores, and audits the export.
///
/// ```swift
/// let document = try PersonalDataExport(services: services, store: store).export(email: "alice@example.com", by: "cli")
/// ```
public struct PersonalDataExport: Sendable {
    let services: MentorServices
    let store: any PersonalDataStore

    public init(services: MentorServices, store: any PersonalDataStore) {
        self.services = services
        self.store = store
    }

    /// The document for the person with `email`, audited as read by `actor`; nil when there is no such person (a
    /// forgotten person's old email finds nobody).
    public func export(email: String, by actor: String) throws -> PersonalDataDocument? {
        try services.transaction {
            guard let person = try services.directory.person(email: email), !PersonTombstone.isTombstone(person.email) else { return nil }
            let document = try document(for: person)
            try services.auditLog.record(AuditEntry(at: services.clock.now, actor: actor, action: .exportPersonalData, subject: person.email))
            return document
        }
    }

    /// Everything about `person`, read without auditing.
    public func document(for person: Person) throws -> PersonalDataDocument {
        let names = NameBook(directory: services.directory)
        let pairings = try services.pairings.pairings(involving: person.id)
        let goals = try services.goals.goals(owner: person.id)
        let meetings = try store.meetingIDs(attendedBy: person.id).compactMap { try services.meetings.meeting(id: $0) }
        let profile = try services.profiles.profile(for: person.id)
        return PersonalDataDocument(
            exportedAt: services.clock.now,
            person: try directoryRecord(person, names),
            profile: profile.map(Self.profileRecord),
            chatAccounts: try store.chatAccounts(of: person.id),
            consent: .init(profileConsentedAt: profile?.consentedAt, demographics: try store.demographics(of: person.id)),
            pairings: try pairings.map { pairing in
                let isMentor = pairing.mentor == person.id
                return .init(
                    id: pairing.id, program: pairing.program, role: isMentor ? "mentor" : "mentee",
                    partner: try names.name(isMentor ? pairing.mentee : pairing.mentor), status: pairing.status.rawValue,
                    startedAt: pairing.startedAt, plannedEnd: pairing.plannedEnd, endedAt: pairing.endedAt
                )
            },
            requests: try store.requestIDs(mentee: person.id).compactMap { try services.requests.request(id: $0) }.map { request in
                .init(
                    id: request.id, program: request.program, topic: request.topic, format: request.format?.rawValue,
                    status: request.status.rawValue, createdAt: request.createdAt
                )
            },
            offers: try store.offerIDs(involving: person.id).compactMap { try services.offers.offer(id: $0) }.map { offer in
                let isMentor = offer.mentor == person.id
                return .init(
                    id: offer.id, requestID: offer.requestID, role: isMentor ? "mentor" : "mentee",
                    otherPerson: try names.name(isMentor ? offer.mentee : offer.mentor), status: offer.status.rawValue,
                    createdAt: offer.createdAt, expiresAt: offer.expiresAt, answeredAt: offer.answeredAt, declineReason: offer.declineReason
                )
            },
            meetings: try meetings.map { meeting in
                .init(
                    id: meeting.id, title: meeting.title, start: meeting.start, minutes: meeting.minutes, status: meeting.status.rawValue,
                    role: meeting.host == person.id ? "host" : "attendee",
                    with: try meeting.attendees.filter { $0 != person.id }.map(names.name), response: meeting.responses[person.id]?.rawValue
                )
            },
            goals: goals.map { goal in
                .init(
                    id: goal.id, text: goal.text, template: goal.template, due: goal.due?.description, progress: goal.progress,
                    status: goal.status.rawValue, sharedWithMentors: goal.shared, milestones: goal.milestones, createdAt: goal.createdAt
                )
            },
            reflections: try services.reflections.reflections(author: person.id).map { reflection in
                .init(
                    id: reflection.id, promptSet: reflection.set, answers: reflection.answers, status: reflection.status.rawValue,
                    sharedWith: try reflection.sharedWith.map(names.name), createdAt: reflection.createdAt, completedAt: reflection.completedAt
                )
            },
            kudos: try kudos(of: person.id, names),
            circles: try services.circles.circles().filter { circle in
                try services.circles.members(circle: circle.id).contains { $0.person == person.id }
            }.map(\.name),
            calendarFeed: try services.meetings.calendarFeed(of: person.id) == nil ? "not connected" : "connected",
            jobs: try jobs(of: person.id, pairings: pairings, goals: goals, meetings: meetings),
            auditEntries: try store.auditEntries(mentioning: person.email).map { entry in
                .init(at: entry.at, actor: entry.actor, action: entry.action.rawValue, subject: entry.subject, detail: entry.detail)
            },
            notIncluded: [
                "Anonymous feedback you sent: by design nothing links it to you, so it cannot be found or exported.",
                "Other people's private data, such as their reflections (even ones shared with you) and demographics.",
                "Your calendar feed's address, which is a secret: only whether one is connected.",
            ],
            employmentHistory: try store.employmentHistory(of: person.id).map(PersonalDataDocument.EmploymentHistoryRecord.init)
        )
    }

    private func directoryRecord(_ person: Person, _ names: NameBook) throws -> PersonalDataDocument.DirectoryRecord {
        .init(
            email: person.email, displayName: person.displayName, manager: try person.managerID.map(names.name), site: person.site,
            country: person.country, timeZone: person.timeZoneID, function: person.function, team: person.team,
            careerStage: person.careerStage.description, hireDate: person.hireDate?.description, languages: person.languages,
            status: person.status.rawValue, roles: try services.directory.roles(of: person.id).map(\.rawValue).sorted()
        )
    }

    static func profileRecord(_ profile: Profile) -> PersonalDataDocument.ProfileRecord {
        let pausedUntil: String? = switch profile.pause {
        case nil: nil
        case .indefinitely: "indefinitely"
        case .until(let date): date.description
        }
        return .init(
            roles: profile.roles.map(\.rawValue).sorted(), expertise: profile.expertise, interests: profile.interests, goals: profile.goals,
            languages: profile.languages, styles: profile.styles.map(\.rawValue).sorted(), formats: profile.formats.map(\.rawValue).sorted(),
            capacity: profile.capacity, workingHours: profile.workingHours.description, quietHours: profile.quietHours?.description,
            timeZone: profile.timeZoneID, site: profile.site, pausedUntil: pausedUntil, botLanguage: profile.language, bio: profile.bio
        )
    }

    private func kudos(of person: PersonID, _ names: NameBook) throws -> PersonalDataDocument.KudosRecords {
        let entries = try store.kudos(involving: person)
        return .init(
            given: try entries.filter { $0.from == person }.map { .init(person: try names.name($0.to), message: $0.message, at: $0.at) },
            received: try entries.filter { $0.to == person }.map { .init(person: try names.name($0.from), message: $0.message, at: $0.at) }
        )
    }

    /// Pending jobs about them or about their pairings, goals and meetings.
    private func jobs(of person: PersonID, pairings: [Pairing], goals: [Goal], meetings: [Meeting]) throws -> [PersonalDataDocument.JobRecord] {
        let subjects: [JobSubject] = [.person(person)] + pairings.map { .pairing($0.id) } + goals.map { .goal($0.id) }
            + meetings.map { .meeting($0.id) }
        return try subjects.flatMap { try services.jobs.pendingJobs(about: $0) }.sorted { $0.dueAt < $1.dueAt }.map { job in
            .init(kind: job.kind.rawValue, dueAt: job.dueAt, about: job.subject.map { "\($0.kind) \($0.id)" })
        }
    }
}

/// Display names by id, read once each: other people appear in an export by name only.
private final class NameBook {
    let directory: any DirectoryStore
    private var names: [PersonID: String] = [:]

    init(directory: any DirectoryStore) {
        self.directory = directory
    }

    func name(_ id: PersonID) throws -> String {
        if let known = names[id] { return known }
        let name = try directory.person(id: id)?.displayName ?? "?"
        names[id] = name
        return name
    }
}
