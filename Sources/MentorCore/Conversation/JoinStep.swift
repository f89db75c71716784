/// One question of the `join` onboarding.
public struct JoinStep: Sendable {
    /// Message key of the question; it may use `{current}` for the value on file.
    public let questionKey: String
    /// The profile field the answer sets; nil for the consent step.
    public let field: ProfileField?
    /// Whether to ask this person at all, given what they answered so far.
    public let applies: @Sendable (Profile) -> Bool
    /// Buttons offered with the question (their values are typed answers).
    public let choices: [String]

    public init(
        _ questionKey: String, field: ProfileField?, choices: [String] = [],
        applies: @escaping @Sendable (Profile) -> Bool = { _ in true }
    ) {
        self.questionKey = questionKey
        self.field = field
        self.applies = applies
        self.choices = choices
    }

    /// The questions, in order.
    public static let all: [JoinStep] = [
        JoinStep("join.ask.consent", field: nil, choices: ["yes", "no"]),
        JoinStep("join.ask.roles", field: .roles, choices: ["mentee", "mentor", "peer", "mentee, mentor"]),
        JoinStep("join.ask.timezone", field: .timezone),
        JoinStep("join.ask.hours", field: .hours),
        JoinStep("join.ask.languages", field: .languages),
        JoinStep("join.ask.goals", field: .goals) { $0.roles.contains(.mentee) },
        JoinStep("join.ask.expertise", field: .expertise) { !$0.roles.isDisjoint(with: [.mentor, .peer]) },
        JoinStep("join.ask.interests", field: .interests),
        JoinStep("join.ask.style", field: .style, choices: ["video", "async", "in-person"]),
        JoinStep("join.ask.formats", field: .formats, choices: ["micro", "ongoing", "circle"]),
        JoinStep("join.ask.capacity", field: .capacity, choices: ["1", "2", "3"]) { $0.roles.contains(.mentor) },
        JoinStep("join.ask.bio", field: .bio),
    ]
}
