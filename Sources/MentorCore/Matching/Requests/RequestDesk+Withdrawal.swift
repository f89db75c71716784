import Foundation

/// What the desk does when someone leaves the program (``ProgramWithdrawal``): the offers waiting for them as a mentor
/// go on down their requests' lists, as after a decline.
extension RequestDesk {
    /// Withdraws an offer because its mentor left: the mentee is told, in their language, and the request goes to the
    /// next mentor on its list. Call inside a transaction.
    func passOn(_ offer: MatchOffer, mentorLeft mentor: Person) throws {
        try passOn(offer, lead: "leave.offer_passed_on", mentor: mentor)
    }

    /// Withdraws an offer its mentor won't answer (they left, or paused): the mentee reads `lead` (a message key
    /// with the mentor's `name`) in their language, and the request goes to the next mentor on its list. Call inside
    /// a transaction.
    func passOn(_ offer: MatchOffer, lead key: String, mentor: Person) throws {
        var withdrawn = offer
        withdrawn.status = .withdrawn
        withdrawn.answeredAt = services.clock.now
        try services.offers.updateOffer(withdrawn)
        try services.jobs.cancelJobs(about: .offer(offer.id))
        guard let request = try services.requests.request(id: offer.requestID) else { return }
        let lead = try letters.messages(for: request.mentee)(key, ["name": mentor.displayName])
        try offerNext(request, lead: lead, notifyMentee: true)
    }
}
