import Foundation

/// "Did you meet?" at the start of someone's working day, after each expected meeting of their pairing.
public struct CheckInHandler: JobHandler {
    public static let kind = "checkIn"
    public var kind: String { Self.kind }
    let planner: EngagementPlanner

    public func run(_ job: Job, now: Date) throws -> [JobDelivery] {
        guard let id = job.number("pairing"), let pairing = try planner.activePairing(id), let person = job.person,
            let period = job.number("period").map(Int.init)
        else { return [] }
        let every = try planner.checkInInterval(pairing)
        // The next period is counted from now, so a late run after downtime asks once, not once per missed period.
        try planner.scheduleCheckIn(pairing, person: person, period: period + 1, after: max(now, job.dueAt) + every)
        guard !(try planner.isPaused(person, now: now)) else { return [] }
        let checkIn = try planner.services.checkIns.insertCheckIn(CheckIn(pairing: pairing.id, person: person, period: period, askedAt: now))
        let text = try planner.messages(for: person)
        let other = try planner.person(EngagementPlanner.other(in: pairing, than: person))
        let since = LocalDateTime(max(pairing.startedAt, job.dueAt - every), in: try planner.workingTime(of: person).zone).date
        return [JobDelivery(Reply(blocks: [
            .heading(text("checkin.title", ["name": other.displayName])),
            .text(text("checkin.body", ["name": other.displayName, "since": since.description])),
            .actions([
                ReplyAction(id: ButtonID.run.rawValue, label: text("checkin.button.met"), value: "checkin \(checkIn.id) met", fallback: "checkin \(checkIn.id) met"),
                ReplyAction(id: ButtonID.run.rawValue, label: text("checkin.button.not_yet"), value: "checkin \(checkIn.id) not-yet", fallback: "checkin \(checkIn.id) not-yet"),
                ReplyAction(id: ButtonID.run.rawValue, label: text("checkin.button.snooze"), value: "checkin \(checkIn.id) snooze", fallback: "checkin \(checkIn.id) snooze"),
            ]),
        ]), to: person)]
    }
}

/// A message prepared earlier, delivered at the moment it was timed for. Nudges skip people who paused.
public struct NoticeHandler: JobHandler {
    public static let kind = "notice"
    public var kind: String { Self.kind }
    let planner: EngagementPlanner

    public func run(_ job: Job, now: Date) throws -> [JobDelivery] {
        guard let person = job.person, let encoded = job.payload["reply"] else { return [] }
        if job.payload["chase"] == "1", try planner.isPaused(person, now: now) { return [] }
        return [JobDelivery(try JSONDecoder().decode(Reply.self, from: Data(encoded.utf8)), to: person)]
    }
}

/// One touchpoint of the program journey; the last asks for the close-out survey.
public struct JourneyHandler: JobHandler {
    public static let kind = "journey"
    public var kind: String { Self.kind }
    let planner: EngagementPlanner

    public func run(_ job: Job, now: Date) throws -> [JobDelivery] {
        guard let id = job.number("pairing"), let pairing = try planner.activePairing(id), let person = job.person,
            let step = job.number("step").map(Int.init)
        else { return [] }
        let journey = planner.program(of: pairing).engagement.journey
        guard journey.indices.contains(step) else { return [] }
        if try planner.isPaused(person, now: now) { return [] }
        let touchpoint = journey[step]
        let text = try planner.messages(for: person)
        let other = try planner.person(EngagementPlanner.other(in: pairing, than: person))
        var blocks: [ReplyBlock] = [.text(text(touchpoint.message, ["name": other.displayName]))]
        if touchpoint.survey {
            blocks.append(.actions((1...5).map { score in
                ReplyAction(id: ButtonID.run.rawValue, label: "\(score)", value: "survey \(pairing.id) \(score)", fallback: "survey \(pairing.id) \(score) [comment]")
            }))
        }
        return [JobDelivery(Reply(blocks: blocks), to: person)]
    }
}

/// About 15 minutes after a meeting, inside working hours: the first question of a reflection.
public struct ReflectionPromptHandler: JobHandler {
    public static let kind = "reflectionPrompt"
    public var kind: String { Self.kind }
    let planner: EngagementPlanner

    public func run(_ job: Job, now: Date) throws -> [JobDelivery] {
        guard let id = job.person, try planner.services.meetings.unchangedMeeting(of: job) != nil else { return [] }
        let person = try planner.person(id)
        if try planner.isPaused(person.id, now: now) { return [] }
        return [JobDelivery(try ReflectionFlow(planner: planner).offer(to: person, now: now), to: person.id)]
    }
}

/// A gentle note a few days before a goal is due.
public struct GoalNudgeHandler: JobHandler {
    public static let kind = "goalNudge"
    public var kind: String { Self.kind }
    let planner: EngagementPlanner

    public func run(_ job: Job, now: Date) throws -> [JobDelivery] {
        guard let id = job.number("goal"), let goal = try planner.services.goals.goal(id: id), goal.status == .open,
            let due = goal.due
        else { return [] }
        if try planner.isPaused(goal.owner, now: now) { return [] }
        let text = try planner.messages(for: goal.owner)
        return [JobDelivery(.text(text("goal.nudge", [
            "goal": goal.text, "due": due.description, "progress": "\(goal.progress)", "example": "goal progress \(goal.id) 60",
        ])), to: goal.owner)]
    }
}

/// The daily digest: everything held for a person, as one message at the start of their day.
public struct DigestHandler: JobHandler {
    public static let kind = "digest"
    public var kind: String { Self.kind }
    let planner: EngagementPlanner

    public func run(_ job: Job, now: Date) throws -> [JobDelivery] {
        guard let person = job.person else { return [] }
        let held = try planner.services.digests.takeDigest(for: person)
        guard !held.isEmpty else { return [] }
        let text = try planner.messages(for: person)
        return [JobDelivery(Reply(blocks: [.heading(text("digest.title", ["count": "\(held.count)"]))] + held.flatMap(\.blocks)), to: person, digestible: false)]
    }
}

/// Holds digestible messages for people who chose a daily digest, and times the digest.
struct DigestPlanner {
    let services: MentorServices

    func hold(_ replies: [Reply], for person: PersonID, now: Date) throws {
        for reply in replies { try services.digests.holdForDigest(reply, for: person, at: now) }
        let profile = try services.profiles.profileOrDefault(for: person)
        guard let found = try services.directory.person(id: person) else { return }
        let due = WorkingTime(person: found, profile: profile).nextDayStart(atOrAfter: now + 60)
        try services.jobs.schedule(Job(
            kind: DigestHandler.kind, key: "digest:\(person.rawValue):\(Int(due.timeIntervalSince1970))", dueAt: due, payload: ["person": "\(person.rawValue)"]
        ))
    }
}

extension BuiltinJobs {
    static func engagementHandlers(services: MentorServices, catalog: MessageCatalog) -> [any JobHandler] {
        let planner = EngagementPlanner(services: services, catalog: catalog)
        return [
            CheckInHandler(planner: planner), InactivityHandler(planner: planner), NoticeHandler(planner: planner), JourneyHandler(planner: planner),
            ReflectionPromptHandler(planner: planner), GoalNudgeHandler(planner: planner), DigestHandler(planner: planner),
        ]
    }
}
