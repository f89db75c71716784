import Foundation

/// What the desk does when someone pauses (`pause`) and comes back (`resume`): nobody is matched while away. Their own
/// request is held, its unanswered offer withdrawn, and the offers waiting for their answer as a mentor go on to other
/// mentors; `resume` sends the held request on again.
extension RequestDesk {
    /// What a pause held or passed on, for the reply that says so.
    public struct PauseHold: Sendable, Equatable {
        /// Their open request, which waits until they resume.
        public var request: MatchRequest?
        /// The mentor whose unanswered offer of that request was withdrawn.
        public var withdrawnFrom: Person?
        /// Whether the request's list still has mentors to offer it to when they resume.
        public var hasNextMentor: Bool
        /// Offers that waited for their answer as a mentor and went on down their requests' lists.
        public var passedOn: [MatchOffer]
    }

    /// Holds `person`'s open request, withdrawing an offer of it that nobody answered yet (its mentor is told), and
    /// passes on the offers waiting for `person`'s answer. Call inside a transaction, with the pause saved.
    func hold(for person: Person) throws -> PauseHold {
        let request = try services.requests.openRequest(mentee: person.id)
        var hold = PauseHold(request: request, withdrawnFrom: nil, hasNextMentor: false, passedOn: [])
        if let request {
            if var offer = try services.offers.pendingOffer(request: request.id) {
                offer.status = .withdrawn
                offer.answeredAt = services.clock.now
                try settle(offer)
                let text = try letters.messages(for: offer.mentor)
                try services.messenger.send(.text(text("pause.mentor_notice", ["name": person.displayName, "id": "\(offer.id)"])), to: offer.mentor)
                hold.withdrawnFrom = try letters.person(offer.mentor)
            }
            hold.hasNextMentor = !(try services.requests.remainingCandidates(request: request.id).isEmpty)
        }
        for offer in try services.waitingOffers.pendingOffers(mentor: person.id) {
            try passOn(offer, lead: "request.mentor_paused", mentor: person)
            hold.passedOn.append(offer)
        }
        return hold
    }

    /// Sends `person`'s held request, one with no offer out and mentors left on its list, to the next of them who
    /// has room, and returns where it stands now under `lead`; nil when nothing was held. Call inside a transaction,
    /// with the pause ended.
    func release(for person: Person, lead: String, messages text: Messages, commandPrefix: String) throws -> Reply? {
        guard let request = try services.requests.openRequest(mentee: person.id), try services.offers.pendingOffer(request: request.id) == nil,
            !(try services.requests.remainingCandidates(request: request.id).isEmpty)
        else { return nil }
        try offerNext(request, lead: nil, notifyMentee: false)
        guard let standing = try standing(of: person.id) else { return nil }
        return try standingReply(standing, lead: lead, messages: text, commandPrefix: commandPrefix)
    }
}
