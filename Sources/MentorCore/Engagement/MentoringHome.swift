import Foundation

/// The sections of `mentoring`, each empty when there is nothing to show.
struct MentoringHome {
    let context: CommandContext

    private var services: MentorServices { context.services }
    var text: Messages { context.messages }
    private var me: Person { context.caller }
    private var now: Date { services.clock.now }
    private var planner: EngagementPlanner { EngagementPlanner(services: services, catalog: text.catalog) }
    private var letters: MatchLetters { MatchLetters(services: services, catalog: text.catalog) }

    private func myZone() throws -> TimeZone { context.callerZone(try context.callerProfile()) }

    private func when(_ date: Date) throws -> String { text.time(date, in: try myZone()) }

    /// Each active pairing: who, the pairing id, program and start, when they last met and meet next, and the
    /// buttons to schedule, close, and rate it once its period is over.
    func pairings() throws -> [ReplyBlock] {
        let active = try services.pairings.pairings(involving: me.id).filter { $0.status == .active }
        var blocks: [ReplyBlock] = []
        for pairing in active {
            let other = try planner.person(EngagementPlanner.other(in: pairing, than: me.id))
            let activity = try planner.activity(of: pairing, now: now)
            let key = pairing.mentee == me.id ? "mentoring.your_mentor" : "mentoring.your_mentee"
            blocks.append(.text(text(key, [
                "name": other.displayName, "email": other.email, "id": "\(pairing.id)", "program": planner.program(of: pairing).name,
                "since": text.date(pairing.startedAt, in: try myZone()),
            ])))
            var fields = [
                ReplyField(text("mentoring.label.last_met"), try activity.lastMet.map(when) ?? text("mentoring.not_met_yet")),
                ReplyField(text("mentoring.label.next_meeting"), try activity.nextMeeting.map(when) ?? text("mentoring.none_booked")),
                ReplyField(text("mentoring.label.their_time"), text.time(now, in: try letters.zone(of: other))),
            ]
            if pairing.mentee == me.id {
                let shared = try services.goals.goals(owner: me.id).filter { $0.shared && $0.status == .open }
                    .map { text("mentoring.my_goal", ["id": "\($0.id)", "goal": $0.text, "progress": "\($0.progress)"]) }
                if !shared.isEmpty { fields.append(ReplyField(text("mentoring.label.my_goals"), shared.joined(separator: "; "))) }
            }
            blocks.append(.fields(fields))
            var actions: [ReplyAction] = [
                .command("schedule \(other.email)", label: text("mentoring.button.schedule")),
                .command("pairing close \(pairing.id)", label: text("pairing.button.close")),
            ]
            if pairing.plannedEnd <= now, try services.surveys.survey(pairing: pairing.id, person: me.id) == nil {
                actions.append(.command("survey \(pairing.id) 5", label: text("mentoring.button.survey"), fallback: "survey \(pairing.id) 1-5 [comment]"))
            }
            blocks.append(.actions(actions))
        }
        return blocks
    }

    /// The open goals my current mentees shared with me.
    func sharedGoals() throws -> [ReplyBlock] {
        let mentees = try services.pairings.pairings(involving: me.id).filter { $0.status == .active && $0.mentor == me.id }.map(\.mentee)
        var lines: [String] = []
        for mentee in Set(mentees).sorted(by: { $0.rawValue < $1.rawValue }) {
            let name = try planner.person(mentee).displayName
            for goal in try services.goals.goals(owner: mentee) where goal.shared && goal.status == .open {
                lines.append(text("mentoring.shared_goal", ["name": name, "id": "\(goal.id)", "goal": goal.text, "progress": "\(goal.progress)"]))
            }
        }
        guard !lines.isEmpty else { return [] }
        return [.heading(text("mentoring.goals_title")), .list(lines)]
    }

    /// Offers waiting for my answer as a mentor, each with Accept and Decline.
    func offers() throws -> [ReplyBlock] {
        let waiting = try services.waitingOffers.pendingOffers(mentor: me.id)
        guard !waiting.isEmpty else { return [] }
        var blocks: [ReplyBlock] = [.heading(text("mentoring.offers_title"))]
        for offer in waiting {
            let mentee = try planner.person(offer.mentee)
            let topic = try services.requests.request(id: offer.requestID)?.topic ?? ""
            blocks.append(.text(text(topic.isEmpty ? "mentoring.offer" : "mentoring.offer_topic", [
                "who": try letters.introduce(mentee), "id": "\(offer.id)", "topic": topic, "deadline": try when(offer.expiresAt),
            ])))
            blocks.append(.actions([
                .command("accept \(offer.id)", label: text("match.button.accept")),
                .command("decline \(offer.id)", label: text("match.button.decline"), fallback: "decline \(offer.id) [reason]"),
            ]))
        }
        return blocks
    }

    /// My open request: whose answer it waits for, or that it waits for a mentor with room.
    func request() throws -> [ReplyBlock] {
        let desk = RequestDesk(services: services, catalog: text.catalog)
        guard let standing = try desk.standing(of: me.id) else { return [] }
        let topic = standing.request.topic.isEmpty ? text("mentoring.any_topic") : standing.request.topic
        var blocks: [ReplyBlock] = [.heading(text("mentoring.request_title"))]
        switch standing.stage {
        case .offered(let offer, let mentor):
            blocks.append(.text(text("mentoring.request_with", [
                "topic": topic, "who": try letters.introduce(mentor), "deadline": try when(offer.expiresAt),
            ])))
        case .waiting(let place, let count, _, let nextRound):
            let next = desk.nextRoundText(nextRound, zone: try myZone(), text)
            blocks.append(.text(text("mentoring.request_waiting", [
                "topic": topic, "round": standing.program.name, "place": "\(place)", "count": "\(count)", "next": next,
            ])))
        }
        blocks.append(.actions([
            .command("request status", label: text("mentoring.button.request_status")),
            .command("cancel", label: text("mentoring.button.cancel_request")),
        ]))
        return blocks
    }

    /// Closed pairings I have not rated yet, with the survey's buttons.
    func closedToRate() throws -> [ReplyBlock] {
        let closed = try services.pairings.pairings(involving: me.id).filter { $0.status == .ended }
        var blocks: [ReplyBlock] = []
        for pairing in closed where try services.surveys.survey(pairing: pairing.id, person: me.id) == nil {
            let other = try planner.person(EngagementPlanner.other(in: pairing, than: me.id))
            blocks.append(.text(text("mentoring.rate_closed", ["name": other.displayName, "id": "\(pairing.id)"])))
            blocks.append(.actions((1...5).map { score in
                .command("survey \(pairing.id) \(score)", label: "\(score)", fallback: "survey \(pairing.id) \(score) [comment]")
            }))
        }
        return blocks.isEmpty ? [] : [.heading(text("mentoring.closed_title"))] + blocks
    }
}
