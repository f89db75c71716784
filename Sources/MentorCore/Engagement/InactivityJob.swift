import Foundation

/// The next step of a pairing's inactivity ladder, due when its threshold of days without activity passes. A pairing
/// has one pending at a time.
public struct InactivityJob: JobPayload {
    public static let kind = JobKind.inactivity
    public var pairing: Int64

    public var key: String { "pairing:\(pairing):inactivity" }
    public var subject: JobSubject? { .pairing(pairing) }
}

extension InactivityJob {
    /// The inactivity ladder: a nudge, a second nudge with a suggested slot, a program-manager alert, then the offer
    /// to close or re-match. After downtime only the highest step that is due is taken.
    struct Handler: JobHandler {
        let planner: EngagementPlanner

        func run(_ job: InactivityJob, due: Date, now: Date) throws -> [JobDelivery] {
            guard let pairing = try planner.activePairing(job.pairing) else { return [] }
            let services = planner.services
            let activity = try planner.activity(of: pairing, now: now)
            let lastActivity = activity.lastActivity
            // A meeting that passed since the last step is new activity, just as a "we met" answer is.
            if let stepped = try services.checkIns.lastEscalation(pairing: pairing.id), lastActivity > stepped {
                try services.checkIns.resetEscalation(pairing: pairing.id)
            }
            let idleDays = Int(now.timeIntervalSince(lastActivity) / 86_400)
            let ladder = planner.program(of: pairing).engagement.ladder
            let done = try services.checkIns.escalationSteps(pairing: pairing.id)
            let due = (1...ladder.count).filter { ladder[$0 - 1] <= idleDays && !done.contains($0) }
            if let step = due.max() {
                for skipped in due { try services.checkIns.recordEscalation(pairing: pairing.id, step: skipped, at: now) }
                let rung = Rung(
                    planner: planner, pairing: pairing, idleDays: idleDays, everMet: activity.everMet, now: now,
                    occasion: .ladderStep(pairing: pairing.id, step: step)
                )
                switch step {
                case 1: try rung.nudge()
                case 2: try rung.nudgeWithSlots()
                case 3: try rung.alertProgramManagers()
                default: try rung.offerToCloseOrRematch()
                }
            }
            try planner.watchInactivity(pairing, since: lastActivity)
            return []
        }
    }

    /// One step of the ladder for one pairing; each message goes out at its reader's next working-day start.
    private struct Rung {
        let planner: EngagementPlanner
        let pairing: Pairing
        let idleDays: Int
        /// Whether they ever met; the texts for a pair who never did say so.
        let everMet: Bool
        let now: Date
        /// Every message of the rung carries it, so each is sent once.
        let occasion: NoticeJob.Occasion

        /// Both people, each with the other.
        private func pair() throws -> [(reader: Person, other: Person)] {
            let mentor = try planner.person(pairing.mentor), mentee = try planner.person(pairing.mentee)
            return [(mentee, mentor), (mentor, mentee)]
        }

        /// `key`, or its `.never_met` wording when the two have not met since they were paired.
        private func key(_ key: String) -> String { everMet ? key : key + ".never_met" }

        private func notify(_ blocks: [ReplyBlock], to reader: PersonID, morning: Bool = true, chase: Bool = true) throws {
            try planner.notify(Reply(blocks: blocks), to: reader, occasion: occasion, after: now, morning: morning, chase: chase)
        }

        func nudge() throws {
            for (reader, other) in try pair() {
                let text = try planner.messages(for: reader.id)
                try notify([.text(text(key("nudge.first"), ["name": other.displayName, "days": "\(idleDays)", "schedule": "schedule \(other.email)"]))], to: reader.id)
            }
        }

        /// The mentee gets three bookable times; the mentor is told they were sent.
        func nudgeWithSlots() throws {
            let mentee = try planner.person(pairing.mentee), mentor = try planner.person(pairing.mentor)
            let menteeText = try planner.messages(for: mentee.id)
            // The times are found when the letter goes out at the mentee's next working-day start, not now.
            let lead = Reply(.text(menteeText(key("nudge.second"), ["name": mentor.displayName, "days": "\(idleDays)"])))
            try planner.services.jobs.schedule(
                SlotLetterJob(lead, to: mentee.id, with: [mentor.id], pairing: pairing.id, occasion: "pairing:\(pairing.id):ladder:2"),
                at: try planner.workingTime(of: mentee.id).nextDayStart(atOrAfter: now)
            )
            let mentorText = try planner.messages(for: mentor.id)
            try notify([.text(mentorText(key("nudge.second_mentor"), ["name": mentee.displayName, "days": "\(idleDays)"]))], to: mentor.id)
        }

        /// Program managers hear as soon as it is polite for them, not the next morning.
        func alertProgramManagers() throws {
            let mentor = try planner.person(pairing.mentor), mentee = try planner.person(pairing.mentee)
            for manager in try planner.services.directory.people(withRole: .programManager) {
                let text = try planner.messages(for: manager)
                try notify([.text(text(key("nudge.alert"), [
                    "mentor": mentor.displayName, "mentee": mentee.displayName, "days": "\(idleDays)", "pairing": "\(pairing.id)",
                ]))], to: manager, morning: false, chase: false)
            }
        }

        func offerToCloseOrRematch() throws {
            for (reader, other) in try pair() {
                let text = try planner.messages(for: reader.id)
                let actions = [("keep", "pairing.button.keep"), ("close", "pairing.button.close"), ("rematch", "pairing.button.rematch")].map { action, label in
                    ReplyAction.command("pairing \(action) \(pairing.id)", label: text(label))
                }
                try notify([.text(text(key("nudge.close_offer"), ["name": other.displayName, "days": "\(idleDays)"])), .actions(actions)], to: reader.id)
            }
        }
    }
}
