import Foundation

/// Where someone's open mentor request stands, for `request status` and the `mentoring` home.
public struct RequestStanding: Sendable, Equatable {
    /// Who has the request now.
    public enum Stage: Sendable, Equatable {
        /// `mentor` holds `offer` and has until `offer.expiresAt` to answer.
        case offered(MatchOffer, mentor: Person)
        /// Nobody holds it: the person is `place` (1-based) of `of` on the program's waiting list, for `reason`.
        /// `nextRound` is when the program's next round is due, when a round has run before.
        case waiting(place: Int, of: Int, reason: WaitingReason, nextRound: Date?)
    }

    public var request: MatchRequest
    public var program: MatchProgram
    public var stage: Stage

    public init(request: MatchRequest, program: MatchProgram, stage: Stage) {
        self.request = request
        self.program = program
        self.stage = stage
    }
}

extension RequestDesk {
    /// Where `person`'s open request stands, or nil when they have none.
    ///
    /// ```swift
    /// switch try desk.standing(of: bruno.id)?.stage {
    /// case .offered(let offer, let mentor): …   // "with Chiyo Tanaka until Fri 4 Dec 09:00"
    /// case .waiting(let place, let count, let reason, let next): …   // "2 of 5 on the waiting list"
    /// case nil: …   // no open request
    /// }
    /// ```
    public func standing(of person: PersonID) throws -> RequestStanding? {
        guard let request = try services.requests.openRequest(mentee: person) else { return nil }
        let program = services.programs.recorded(request.program)
        if let offer = try services.offers.pendingOffer(request: request.id) {
            return RequestStanding(request: request, program: program, stage: .offered(offer, mentor: try letters.person(offer.mentor)))
        }
        let queue = try services.requests.waitingRequests(program: program.id)
        let place = (queue.firstIndex { $0.id == request.id } ?? queue.count) + 1
        let nextRound = try services.rounds.lastRound(program: program.id).map { $0 + Double(program.roundEveryDays) * 86_400 }
        return RequestStanding(
            request: request, program: program,
            stage: .waiting(place: place, of: max(place, queue.count), reason: try waitingReason(request), nextRound: nextRound)
        )
    }

    /// Why nobody holds `request`: no mentor lists the topic, they are all in the mentee's management chain, or none
    /// has room.
    func waitingReason(_ request: MatchRequest) throws -> WaitingReason {
        let mentee = try letters.person(request.mentee)
        let topics = request.topic.isEmpty ? try services.profiles.profileOrDefault(for: mentee.id).goals : [request.topic]
        return WaitingReason.of(
            mentee, topics: topics, mentors: try services.profiles.profiles(withRole: .mentor),
            chains: ManagementChains(managerOf: try services.directory.managers()), synonyms: services.synonyms
        )
    }

    /// What the mentee reads about `standing`, in their language, with what they can type next.
    func standingReply(_ standing: RequestStanding, lead: String?, messages text: Messages, commandPrefix: String) throws -> Reply {
        switch standing.stage {
        case .offered(let offer, _):
            return try letters.waiting(offer, lead: lead)
        case .waiting(let place, let count, let reason, let nextRound):
            let mentee = try letters.person(standing.request.mentee)
            let topic = standing.request.topic.isEmpty
                ? text("match.waiting_list.your_goals") : "\"\(standing.request.topic)\""
            let next = nextRoundText(nextRound, zone: try letters.zone(of: mentee), text)
            var blocks: [ReplyBlock] = []
            if let lead { blocks.append(.text(lead)) }
            blocks.append(.text(text(reason.messageKey, ["topic": topic])))
            blocks.append(.text(text("match.waiting_list.place", [
                "round": standing.program.name, "place": "\(place)", "count": "\(count)", "next": next,
            ])))
            blocks.append(.text(text("match.waiting_list.help", [
                "find": commandPrefix + "find " + (standing.request.topic.isEmpty ? "TOPIC" : standing.request.topic),
                "cancel": commandPrefix + "cancel",
            ])))
            return Reply(blocks: blocks)
        }
    }

    /// When the program's next round is due, for the reader in `zone`: a date, "now", or that a program manager runs it.
    func nextRoundText(_ nextRound: Date?, zone: TimeZone, _ text: Messages) -> String {
        switch nextRound {
        case nil: text("match.waiting_list.next_unknown")
        case let date? where date <= services.clock.now: text("match.waiting_list.next_due")
        case let date?: text("match.waiting_list.next_on", ["date": text.date(date, in: zone)])
        }
    }
}
