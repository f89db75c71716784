/// The last words of `join`, fitted to how the person takes part: a mentee is told how to find and ask for a mentor,
/// a mentor how offers reach them, and a mentor without expertise that nobody can find them yet.
enum JoinClosing {
    /// The closing reply under `title`.
    static func reply(title: String, _ context: CommandContext) throws -> Reply {
        let profile = try context.callerProfile()
        let text = context.messages
        var blocks: [ReplyBlock] = [.heading(title)]
        if profile.roles.contains(.mentor) && profile.expertise.isEmpty {
            blocks.append(.text(text("join.done.no_expertise", ["expertise": context.typed("profile set expertise negotiation, career growth")])))
        }
        if let overlap = QuietHoursOverlap(profile) { blocks.append(.text(overlap.warning(text, typed: context.typed))) }
        if profile.roles.contains(.mentee) {
            let topic = profile.goals.first ?? "public speaking"
            blocks.append(.text(text("join.done.mentee", ["find": context.typed("find \(topic)"), "request": context.typed("request \(topic)")])))
        }
        if profile.roles.contains(.mentor) {
            blocks.append(.text(text("join.done.mentor", ["mentoring": context.typed("mentoring")])))
        }
        if profile.roles.contains(.peer) {
            blocks.append(.text(text("join.done.peer", ["circles": context.typed("circle list")])))
        }
        blocks.append(.text(text("join.done", [
            "profile": context.typed("profile"), "set": context.typed("profile set hours 09:00-17:30 Mon-Fri"), "join": context.typed("join"),
        ])))
        return Reply(blocks: blocks)
    }
}
