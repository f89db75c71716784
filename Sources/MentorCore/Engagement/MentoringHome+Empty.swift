import Foundation

/// What `mentoring` says about the caller's state: a pause, and a home with nothing in it yet.
extension MentoringHome {
    /// A line saying until when the caller is paused and how to come back; empty when they are not paused.
    func pause() throws -> [ReplyBlock] {
        let profile = try context.callerProfile()
        guard profile.isPaused(on: context.callerToday(profile)), let pause = profile.pause else { return [] }
        let resume = context.typed("resume")
        return switch pause {
        case .until(let date): [.text(text("mentoring.paused_until", ["date": date.description, "resume": resume]))]
        case .indefinitely: [.text(text("mentoring.paused", ["resume": resume]))]
        }
    }

    /// What comes next for someone with no pairing, offer or request: join first; while paused, until when and
    /// `resume`; as a mentor, how offers reach them and how many mentees they take; as a mentee, `request` and `find`.
    func empty() throws -> [ReplyBlock] {
        let profile = try context.callerProfile()
        guard profile.consentedAt != nil else { return [.text(text("mentoring.empty_not_joined", ["join": context.typed("join")]))] }
        let paused = try pause()
        guard paused.isEmpty else { return paused }
        let asking = [
            "request": context.typed("request " + (profile.goals.first ?? "TOPIC")),
            "find": context.typed("find " + (profile.goals.first ?? "public speaking")),
        ]
        guard profile.roles.contains(.mentor) else { return [.text(text("mentoring.empty", asking))] }
        let capacity = profile.capacity
        let change = context.typed("profile set capacity \(capacity < 10 ? capacity + 1 : capacity - 1)")
        var lines = [capacity > 0
            ? text("mentoring.empty_mentor", ["capacity": "\(capacity)", "change": change])
            : text("mentoring.empty_mentor_no_room", ["change": context.typed("profile set capacity 2")])]
        if profile.roles.contains(.mentee) { lines.append(text("mentoring.empty_also_mentee", asking)) }
        return [.text(lines.joined(separator: " "))]
    }
}
