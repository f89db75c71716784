import Foundation

/// What the desk does when someone leaves the program (``ProgramWithdrawal``): the offers waiting for them as a mentor
/// go on down their requests' lists, as after a decline.
extension RequestDesk {
    /// The offers waiting for `mentor`'s answer, oldest first.
    ///
    /// A pending offer always has its expiry job until it is answered or runs out, so the job table is the index.
    public func offersAwaitingAnswer(from mentor: PersonID) throws -> [MatchOffer] {
        try services.jobs.pendingJobs(about: nil).filter { $0.kind == .offerExpiry }.compactMap { job -> MatchOffer? in
            guard case .offer(let id) = job.subject, let offer = try services.offers.offer(id: id) else { return nil }
            return offer.mentor == mentor && offer.status == .pending ? offer : nil
        }
        .sorted { $0.createdAt < $1.createdAt }
    }

    /// Withdraws an offer because its mentor left: the mentee is told, in their language, and the request goes to the
    /// next mentor on its list. Call inside a transaction.
    func passOn(_ offer: MatchOffer, mentorLeft mentor: Person) throws {
        var withdrawn = offer
        withdrawn.status = .withdrawn
        withdrawn.answeredAt = services.clock.now
        try services.offers.updateOffer(withdrawn)
        try services.jobs.cancelJobs(about: .offer(offer.id))
        guard let request = try services.requests.request(id: offer.requestID) else { return }
        let lead = try letters.messages(for: request.mentee)("leave.offer_passed_on", ["name": mentor.displayName])
        try offerNext(request, lead: lead, notifyMentee: true)
    }
}
