import Foundation

/// Someone leaves the mentoring program (`leave`, or `no` to consent in `join`), and it means it: their open request is
/// cancelled, offers waiting for their answer go to other mentors, their pairings close and the other person is told
/// kindly, meetings with those partners are cancelled, they leave their circles as `circle leave` does (off the coming
/// sessions, a session they host handed on, its notices stopped), their pairing and goal jobs are dropped so no
/// check-in or nudge follows, and their profile is no longer consented, so matching, rounds and `find` pass them by. The profile itself
/// is kept, so they can `join` again later.
public struct ProgramWithdrawal: Sendable {
    let services: MentorServices
    let catalog: MessageCatalog

    public init(services: MentorServices, catalog: MessageCatalog) {
        self.services = services
        self.catalog = catalog
    }

    /// What leaving ends for one person.
    public struct Plan: Sendable, Equatable {
        /// Whether their profile is consented now.
        public var isTakingPart: Bool
        public var request: MatchRequest?
        /// Offers waiting for their answer as a mentor.
        public var offers: [MatchOffer]
        /// Their active pairings.
        public var pairings: [Pairing]
        /// Scheduled meetings with the people of those pairings, and nobody else.
        public var meetings: [Meeting]
        /// The circles they are a member of.
        public var circles: [CirclePlace] = []

        /// One circle someone is in, as leaving it would change it.
        public struct CirclePlace: Sendable, Equatable {
            public var circle: Circle
            /// The circle's coming sessions they attend.
            public var sessions: [Meeting]
            /// The first of those they host, if any.
            public var hosting: Meeting?
        }

        /// Whether there is anything to withdraw from.
        public var isEmpty: Bool { !isTakingPart && request == nil && offers.isEmpty && pairings.isEmpty && circles.isEmpty }
    }

    /// What leaving would end for `person`, without changing anything.
    public func plan(for person: Person) throws -> Plan {
        let profile = try services.profiles.profileOrDefault(for: person.id)
        let pairings = try services.pairings.pairings(involving: person.id).filter { $0.status == .active }
        let meetings = try pairings.flatMap { try services.meetings.scheduledMeetings(of: $0) }
        let circles = try services.circles.circles().filter { circle in
            try services.circles.members(circle: circle.id).contains { $0.person == person.id }
        }.map { circle in
            let sessions = try self.circles.upcomingSessions(circle.id).filter { $0.meeting.attendees.contains(person.id) }
            return Plan.CirclePlace(circle: circle, sessions: sessions.map(\.meeting), hosting: sessions.first { $0.host == person.id }?.meeting)
        }
        return Plan(
            isTakingPart: profile.consentedAt != nil, request: try services.requests.openRequest(mentee: person.id),
            offers: try services.waitingOffers.pendingOffers(mentor: person.id), pairings: pairings, meetings: meetings, circles: circles
        )
    }

    /// Withdraws `person` in one transaction, with every letter it sends. Returns what was ended.
    @discardableResult
    public func withdraw(_ person: Person) throws -> Plan {
        try services.transaction {
            let plan = try plan(for: person)
            let now = services.clock.now
            if plan.request != nil { _ = try desk.cancel(for: person, messages: try messages(for: person.id)) }
            for offer in plan.offers { try desk.passOn(offer, mentorLeft: person) }
            let meetings = MeetingPlanner(services: services, catalog: catalog)
            for meeting in plan.meetings { try meetings.cancel(meeting.id, by: person) }
            for place in plan.circles where try services.circles.leave(person.id, circle: place.circle.id) {
                _ = try circles.removeFromComingSessions(person, circle: place.circle)
            }
            let engagement = EngagementPlanner(services: services, catalog: catalog)
            for pairing in plan.pairings {
                try engagement.endPairing(pairing.id, at: now)
                let other = EngagementPlanner.other(in: pairing, than: person.id)
                try services.messenger.send(try partnerLetter(pairing, left: person, reader: other), to: other)
            }
            for goal in try services.goals.goals(owner: person.id) { try services.jobs.cancelJobs(about: .goal(goal.id)) }
            var profile = try services.profiles.profileOrDefault(for: person.id)
            profile.consentedAt = nil
            try services.profiles.save(profile)
            try services.conversations.clear(for: person.id)
            return plan
        }
    }

    /// What `plan` ends, one line each, as the person deciding whether to leave reads it.
    public func lines(_ plan: Plan, for person: Person, _ text: Messages) throws -> [String] {
        let zone = try services.profiles.profileOrDefault(for: person.id).timeZone(for: person)
        var lines: [String] = []
        if let request = plan.request {
            lines.append(text("leave.item.request", ["topic": request.topic.isEmpty ? text("leave.any_topic") : request.topic]))
        }
        for offer in plan.offers {
            lines.append(text("leave.item.offer", ["id": "\(offer.id)", "name": try name(offer.mentee)]))
        }
        for pairing in plan.pairings {
            lines.append(text("leave.item.pairing", ["name": try name(EngagementPlanner.other(in: pairing, than: person.id)), "id": "\(pairing.id)"]))
        }
        for meeting in plan.meetings {
            let other = meeting.attendees.first { $0 != person.id } ?? person.id
            lines.append(text("leave.item.meeting", ["id": "\(meeting.id)", "name": try name(other), "time": text.time(meeting.start, in: zone)]))
        }
        for place in plan.circles {
            let values = ["circle": place.circle.name]
            if let hosted = place.hosting {
                lines.append(text("leave.item.circle_host", values.merging(["id": "\(hosted.id)", "time": text.time(hosted.start, in: zone)]) { $1 }))
            } else {
                lines.append(text(place.sessions.isEmpty ? "leave.item.circle" : "leave.item.circle_sessions", values))
            }
        }
        return lines
    }

    private var desk: RequestDesk { RequestDesk(services: services, catalog: catalog) }
    private var circles: CirclePlanner { CirclePlanner(services: services, catalog: catalog) }

    /// The kind word to the other person of a pairing that closes because `person` left, with what they can do next.
    private func partnerLetter(_ pairing: Pairing, left person: Person, reader: PersonID) throws -> Reply {
        let text = try messages(for: reader)
        let goal = try services.profiles.profileOrDefault(for: reader).goals.first
        let next = reader == pairing.mentee
            ? text("leave.partner_next_mentee", ["request": goal.map { "request \($0)" } ?? "request"])
            : text("leave.partner_next_mentor")
        return Reply(
            .heading(text("leave.partner_title", ["name": person.displayName])),
            .text(text("leave.partner_notice", ["name": person.displayName, "id": "\(pairing.id)"]) + " " + next)
        )
    }

    private func messages(for person: PersonID) throws -> Messages {
        catalog.localized(to: try services.profiles.profile(for: person)?.language ?? MessageCatalog.fallbackLanguage)
    }

    private func name(_ id: PersonID) throws -> String {
        try services.directory.person(id: id)?.displayName ?? "?"
    }
}
