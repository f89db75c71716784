import Foundation

/// On-demand requests: rank mentors, offer them one at a time, cascade on decline or expiry, remind once inside the
/// mentor's working hours, and turn an acceptance into a pairing. Every step is one transaction with its messages;
/// an offer's expiry and reminder are jobs (``OfferExpiryJob``, ``OfferReminderJob``), cancelled when it is answered.
public struct RequestDesk: Sendable {
    let services: MentorServices
    let letters: MatchLetters

    public init(services: MentorServices, catalog: MessageCatalog) {
        self.services = services
        letters = MatchLetters(services: services, catalog: catalog)
    }

    /// How many mentors a request's list keeps; offers go down it one at a time.
    static let candidateListLength = 20

    private var now: Date { services.clock.now }

    /// What `request` asks for.
    public struct Ask: Sendable {
        public var topic: String
        public var format: MentoringFormat?
        /// `--with`: this mentor only.
        public var mentor: Person?

        public init(topic: String, format: MentoringFormat?, mentor: Person?) {
            self.topic = topic
            self.format = format
            self.mentor = mentor
        }
    }

    /// Opens a request for `mentee` and sends the first offer, or puts them on the program's waiting list with the
    /// reason nobody can take it now. Returns what the mentee sees. `commandPrefix` is how the mentee types commands
    /// where they are (`/mentor `), for the commands the reply names.
    public func open(_ ask: Ask, for mentee: Person, messages text: Messages, commandPrefix: String = "") throws -> Reply {
        let profile = try services.profiles.profileOrDefault(for: mentee.id)
        guard profile.consentedAt != nil else { throw UserError("request.join_first", ["join": commandPrefix + "join"]) }
        if let pause = profile.pause, pause.covers(CalendarDate(now, in: profile.timeZone(for: mentee))) {
            if case .until(let date) = pause {
                throw UserError("request.paused_until", ["date": date.description, "resume": commandPrefix + "resume"])
            }
            throw UserError("request.paused", ["resume": commandPrefix + "resume"])
        }
        if let open = try services.requests.openRequest(mentee: mentee.id) {
            guard let offer = try services.offers.pendingOffer(request: open.id) else {
                throw UserError("request.already_open_waiting", ["status": commandPrefix + "request status", "cancel": commandPrefix + "cancel"])
            }
            throw UserError("request.already_open", ["name": try letters.person(offer.mentor).displayName, "status": commandPrefix + "request status", "cancel": commandPrefix + "cancel"])
        }
        let program = services.programs.primary
        let candidates = try rank(ask, mentee: mentee, profile: profile, program: program, commandPrefix: commandPrefix)
        return try services.transaction {
            let request = try services.requests.insertRequest(
                MatchRequest(mentee: mentee.id, program: program.id, topic: ask.topic, format: ask.format, createdAt: now), candidates: candidates
            )
            guard let first = try offerNext(request, lead: nil, notifyMentee: false) else {
                guard let standing = try standing(of: mentee.id) else { return Reply.text(text("request.opened")) }
                return try standingReply(standing, lead: text("request.opened"), messages: text, commandPrefix: commandPrefix)
            }
            return try letters.waiting(first, lead: text("request.opened"))
        }
    }

    private func rank(_ ask: Ask, mentee: Person, profile: Profile, program: MatchProgram, commandPrefix: String) throws -> [RankedCandidate] {
        var pool = try MentorPool(program: program, services: services, now: now, forRequests: true)
        let topic = ask.topic.isEmpty ? [] : [TagList.normalise(ask.topic)]
        let participant = pool.mentee(mentee, profile, topic: topic)
        guard let wanted = ask.mentor else {
            // A mentor who covers the topic the mentee named comes before any who only shares their other goals.
            let named = TopicMatch(ask.topic, synonyms: services.synonyms)
            let expertise = Dictionary(pool.mentors.map { ($0.id, $0.profile.expertise) }) { first, _ in first }
            let ranked = pool.ranked(for: participant)
            let covering = named.isEmpty ? ranked : ranked.filter { named.isCovered(by: expertise[$0.mentor] ?? []) }
            let others = named.isEmpty ? [] : ranked.filter { !named.isCovered(by: expertise[$0.mentor] ?? []) }
            return Array((covering + others).prefix(Self.candidateListLength))
        }
        guard wanted.id != mentee.id else { throw UserError("request.not_yourself") }
        let find = commandPrefix + "find \(ask.topic.isEmpty ? "TOPIC" : ask.topic)"
        switch try DirectRequestRule(mentee: mentee, program: program, services: services, askingAbout: [wanted]).refusal(for: wanted) {
        case .alreadyPaired(let pairing):
            throw UserError("request.already_paired", ["name": wanted.displayName, "program": program.name, "id": "\(pairing)"])
        case .declinedRecently:
            throw UserError("request.with_declined", ["name": wanted.displayName, "find": find])
        case .managementChain, .sameTeam, .blocked:
            throw UserError("request.with_not_allowed", ["name": wanted.displayName])
        case nil:
            break
        }
        guard let candidate = pool.mentors.first(where: { $0.id == wanted.id }) else {
            let mentorProfile = try services.profiles.profile(for: wanted.id)
            let key = mentorProfile?.roles.contains(.mentor) == true ? "request.with_unavailable" : "request.with_not_mentor"
            throw UserError(key, ["name": wanted.displayName, "find": find])
        }
        // Someone asked for by name may be a previous mentor and need not share the topic; the other rules hold.
        var direct = program
        direct.requireTopicOverlap = false
        direct.rotationWindowDays = 0
        var exclusions = PairExclusions()
        for pair in try services.blockList.blockedPairs() { exclusions.exclude(pair.person, pair.blocked) }
        var scorer = PairScorer(program: direct, schedules: pool.scorer.schedules, exclusions: exclusions)
        scorer.countsResponsiveness = true
        guard let score = scorer.score(mentee: participant, mentor: candidate) else {
            throw UserError("request.with_not_allowed", ["name": wanted.displayName])
        }
        return [RankedCandidate(mentor: wanted.id, score: score, reasons: scorer.explain(mentee: participant, mentor: candidate, vocabulary: pool.vocabulary))]
    }

    /// Offers the request to the next candidate who still has room, or leaves it open with no offer, on the
    /// program's waiting list. Call inside a transaction. Returns the new offer, if any.
    @discardableResult
    func offerNext(_ request: MatchRequest, lead: String?, notifyMentee: Bool) throws -> MatchOffer? {
        let program = services.programs.recorded(request.program)
        let load = try services.pairings.mentorLoad()
        for candidate in try services.requests.remainingCandidates(request: request.id) {
            try services.requests.markOffered(request: request.id, mentor: candidate.mentor)
            guard let mentor = try services.directory.person(id: candidate.mentor),
                let profile = try services.profiles.profile(for: candidate.mentor),
                profile.capacity - (load[candidate.mentor] ?? 0) > 0, MentorPool.isAvailable(mentor, profile, now: now)
            else { continue }
            let expiry = Double(program.offerExpiryHours) * 3600
            let offer = try services.offers.insertOffer(MatchOffer(
                requestID: request.id, mentor: candidate.mentor, mentee: request.mentee, score: candidate.score, reasons: candidate.reasons,
                createdAt: now, expiresAt: now + expiry, remindAt: now + expiry / 2
            ))
            try services.messenger.send(try letters.offer(offer, request: request), to: offer.mentor)
            try scheduleExpiryAndReminder(offer, mentor: mentor, profile: profile)
            if notifyMentee { try services.messenger.send(try letters.waiting(offer, lead: lead), to: request.mentee) }
            return offer
        }
        // Nobody can take it now: the request stays open, with no offer, on the program's waiting list.
        if notifyMentee {
            let text = try letters.messages(for: request.mentee)
            let body = text("request.exhausted", ["round": program.name, "status": "request status"])
            try services.messenger.send(Reply.text([lead, body].compactMap { $0 }.joined(separator: " ")), to: request.mentee)
        }
        return nil
    }

    /// The mentor says yes: the pairing starts and both get an introduction. Returns the mentor's.
    public func accept(offerID: Int64, by mentor: Person) throws -> Reply {
        try services.transaction {
            let (offer, request) = try pendingOffer(offerID, for: mentor)
            let paired = try services.pairings.pairings(involving: offer.mentee).first {
                $0.status == .active && $0.program == request.program && $0.mentor == offer.mentor
            }
            if let paired { throw UserError("offer.already_paired", ["name": try letters.person(offer.mentee).displayName, "id": "\(paired.id)"]) }
            var answered = offer
            answered.status = .accepted
            answered.answeredAt = now
            try settle(answered)
            try services.requests.setStatus(.matched, ofRequest: request.id, at: now)
            let program = services.programs.recorded(request.program)
            let pairing = try services.pairings.insertPairing(Pairing(
                program: program.id, mentor: offer.mentor, mentee: offer.mentee, source: .request, score: offer.score, reasons: offer.reasons,
                startedAt: now, plannedEnd: now + Double(program.pairingPeriodDays) * 86_400
            ))
            try EngagementPlanner(services: services, catalog: letters.catalog).pairingStarted(pairing)
            try services.messenger.send(try letters.introduction(pairing, for: pairing.mentee), to: pairing.mentee)
            return try letters.introduction(pairing, for: pairing.mentor)
        }
    }

    /// The mentor says no; the next candidate gets the offer. `reason` is kept for program managers only.
    public func decline(offerID: Int64, by mentor: Person, reason: String, messages text: Messages) throws -> Reply {
        try services.transaction {
            let (offer, request) = try pendingOffer(offerID, for: mentor)
            var answered = offer
            answered.status = .declined
            answered.answeredAt = now
            answered.declineReason = reason.isEmpty ? nil : String(reason.prefix(500))
            try settle(answered)
            let lead = try letters.messages(for: request.mentee)("request.declined", ["name": mentor.displayName])
            try offerNext(request, lead: lead, notifyMentee: true)
            let mentee = try letters.person(offer.mentee)
            return .text(text("decline.done", ["name": mentee.displayName]))
        }
    }

    /// The mentee withdraws their open request; a mentor holding the offer is told.
    public func cancel(for mentee: Person, messages text: Messages) throws -> Reply {
        try services.transaction {
            guard let request = try services.requests.openRequest(mentee: mentee.id) else { throw UserError("cancel.nothing", ["request": "request"], typed: ["request"]) }
            if var offer = try services.offers.pendingOffer(request: request.id) {
                offer.status = .withdrawn
                try settle(offer)
                let mentorText = try letters.messages(for: offer.mentor)
                try services.messenger.send(.text(mentorText("cancel.mentor_notice", ["name": mentee.displayName, "id": "\(offer.id)"])), to: offer.mentor)
            }
            try services.requests.setStatus(.cancelled, ofRequest: request.id, at: now)
            return .text(text("cancel.done", ["request": "request"]))
        }
    }

    /// Where the mentee's request stands: who holds the offer, or their place on the waiting list and why.
    public func status(for mentee: Person, messages text: Messages, commandPrefix: String = "") throws -> Reply {
        guard let standing = try standing(of: mentee.id) else {
            return .text(text("request.status_none", ["request": commandPrefix + "request TOPIC"]))
        }
        return try standingReply(standing, lead: nil, messages: text, commandPrefix: commandPrefix)
    }

    /// Saves an offer that is no longer pending, and drops its expiry and reminder.
    func settle(_ offer: MatchOffer) throws {
        try services.offers.updateOffer(offer)
        try services.jobs.cancelJobs(about: .offer(offer.id))
    }

    /// Times an offer's expiry and its one reminder: halfway to the expiry, at the first moment after that inside
    /// the mentor's working hours, unless that is already past the expiry.
    private func scheduleExpiryAndReminder(_ offer: MatchOffer, mentor: Person, profile: Profile) throws {
        try services.jobs.schedule(OfferExpiryJob(offer: offer.id), at: offer.expiresAt)
        let hours = profile.workingHours
        guard let remind = hours.nextWorking(atOrAfter: offer.remindAt, in: profile.timeZone(for: mentor)), remind < offer.expiresAt else { return }
        try services.jobs.schedule(OfferReminderJob(offer: offer.id), at: remind)
    }

    /// An unanswered offer runs out: it expires and the request goes to the next mentor. Does nothing to an offer
    /// that was answered or withdrawn. Call inside a transaction (a job's is one).
    func expire(offerID: Int64) throws {
        guard var offer = try services.offers.offer(id: offerID), offer.status == .pending else { return }
        offer.status = .expired
        try services.offers.updateOffer(offer)
        try services.jobs.cancelJobs(about: .offer(offer.id), kind: .offerReminder)
        guard let request = try services.requests.request(id: offer.requestID) else { return }
        let lead = try letters.messages(for: request.mentee)("request.expired", ["name": try letters.person(offer.mentor).displayName])
        try offerNext(request, lead: lead, notifyMentee: true)
    }

    /// The reminder of a pending offer, once, and its mentor. Outside their working hours (which may have changed
    /// since the reminder was timed) it moves to their next working moment before the expiry. Call inside a
    /// transaction.
    func remind(offerID: Int64) throws -> (Reply, to: PersonID)? {
        guard var offer = try services.offers.offer(id: offerID), offer.status == .pending, offer.remindedAt == nil, offer.expiresAt > now,
            let request = try services.requests.request(id: offer.requestID)
        else { return nil }
        let mentor = try letters.person(offer.mentor)
        let hours = try services.profiles.profileOrDefault(for: mentor.id).workingHours
        let zone = try letters.zone(of: mentor)
        guard hours.isWorking(at: now, in: zone) else {
            guard let later = hours.nextWorking(atOrAfter: now + 60, in: zone), later < offer.expiresAt else { return nil }
            try services.jobs.schedule(OfferReminderJob(offer: offer.id), at: later)
            return nil
        }
        offer.remindedAt = now
        try services.offers.updateOffer(offer)
        return (try letters.offer(offer, request: request, reminder: true), offer.mentor)
    }

    private func pendingOffer(_ id: Int64, for mentor: Person) throws -> (MatchOffer, MatchRequest) {
        guard let offer = try services.offers.offer(id: id), offer.mentor == mentor.id, let request = try services.requests.request(id: offer.requestID) else {
            throw UserError("offer.unknown", ["id": "\(id)"])
        }
        guard offer.status == .pending else { throw UserError("offer.closed", ["id": "\(id)", "status": try letters.messages(for: mentor.id).name(offer.status)]) }
        return (offer, request)
    }
}
