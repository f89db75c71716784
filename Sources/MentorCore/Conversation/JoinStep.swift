/// One question of the `join` onboarding.
public struct JoinStep: Sendable {
    /// Message key of the question; it may use `{current}` for the value on file.
    public let questionKey: String
    /// The question's key for mentors, when it asks them something else (the languages they mentor in).
    public let mentorQuestionKey: String?
    /// The profile field the answer sets; nil for the consent step.
    public let field: ProfileField?
    /// Whether to ask this person at all, given what they answered so far.
    public let applies: @Sendable (Profile) -> Bool
    /// Buttons offered with the question (their values are typed answers).
    public let choices: [String]

    public init(
        _ questionKey: String, field: ProfileField?, choices: [String] = [], mentorQuestionKey: String? = nil,
        applies: @escaping @Sendable (Profile) -> Bool = { _ in true }
    ) {
        self.questionKey = questionKey
        self.mentorQuestionKey = mentorQuestionKey
        self.field = field
        self.applies = applies
        self.choices = choices
    }

    /// The question's key for someone with `profile`.
    public func questionKey(for profile: Profile) -> String {
        profile.roles.contains(.mentor) ? mentorQuestionKey ?? questionKey : questionKey
    }

    /// Whether the question itself shows the value on file (`{current}`), so no "You answered" line is needed.
    var showsCurrentValue: Bool { [.timezone, .hours, .languages].contains(field) }

    /// The questions, in order.
    public static let all: [JoinStep] = [
        JoinStep("join.ask.consent", field: nil, choices: ["yes", "no"]),
        JoinStep("join.ask.roles", field: .roles, choices: ["mentee", "mentor", "peer", "mentee, mentor"]),
        JoinStep("join.ask.timezone", field: .timezone),
        JoinStep("join.ask.hours", field: .hours),
        JoinStep("join.ask.languages_meet", field: .languages, mentorQuestionKey: "join.ask.languages"),
        JoinStep("join.ask.goals", field: .goals) { $0.roles.contains(.mentee) },
        JoinStep("join.ask.expertise", field: .expertise) { !$0.roles.isDisjoint(with: [.mentor, .peer]) },
        JoinStep("join.ask.interests", field: .interests),
        JoinStep("join.ask.style", field: .style, choices: ["video", "async", "in-person"]),
        JoinStep("join.ask.formats", field: .formats, choices: ["micro", "ongoing", "circle"]),
        JoinStep("join.ask.capacity", field: .capacity, choices: ["1", "2", "3"]) { $0.roles.contains(.mentor) },
        JoinStep("join.ask.bio", field: .bio),
    ]

    /// The indexes in ``all`` of the questions someone with `profile` is asked, in order: the steps they see.
    /// Before the roles question is answered the path is counted as a mentee's, the usual one, so the total shown
    /// on the first questions does not jump when a mentee answers.
    public static func visible(for profile: Profile) -> [Int] {
        var counted = profile
        if counted.roles.isEmpty { counted.roles = [.mentee] }
        return all.indices.filter { all[$0].applies(counted) }
    }
}
