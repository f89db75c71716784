import Foundation

/// How a program keeps its pairs going: check-in cadence, the inactivity ladder and the journey of touchpoints.
public struct EngagementPlan: Sendable, Equatable, Codable {
    /// One timed message from the match date: a day number, or the end of the pairing period.
    public struct Touchpoint: Sendable, Equatable, Codable {
        /// Days after the match; nil means the planned end.
        public var day: Int?
        /// The message key in Prompts, e.g. `journey.goals`. Where Prompts has `KEY.mentor`, mentors get that wording,
        /// and `KEY.has_goals` goes to mentees who already shared a goal.
        public var message: String
        /// Whether it asks for the close-out survey (1–5 and a comment).
        public var survey: Bool

        public init(day: Int?, message: String, survey: Bool = false) {
            self.day = day
            self.message = message
            self.survey = survey
        }

        private enum CodingKeys: String, CodingKey { case day, message, survey }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let text = try? container.decode(String.self, forKey: .day) {
                guard text == "end" else {
                    throw DecodingError.dataCorruptedError(forKey: .day, in: container, debugDescription: "write a day number or \"end\"")
                }
                day = nil
            } else {
                day = try container.decode(Int.self, forKey: .day)
            }
            message = try container.decode(String.self, forKey: .message)
            survey = try container.decodeIfPresent(Bool.self, forKey: .survey) ?? false
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            if let day { try container.encode(day, forKey: .day) } else { try container.encode("end", forKey: .day) }
            try container.encode(message, forKey: .message)
            try container.encode(survey, forKey: .survey)
        }
    }

    /// A "Did you meet?" check-in after every this many days.
    public var checkInEveryDays = 14
    /// Days without activity before: a nudge, a second nudge with a suggested slot, a program-manager alert, and
    /// the offer to close or re-match.
    public var nudgeDays = 14
    public var secondNudgeDays = 21
    public var alertDays = 30
    public var closeOfferDays = 45
    public var journey: [Touchpoint] = [
        Touchpoint(day: 0, message: "journey.first_meeting"), Touchpoint(day: 14, message: "journey.goals"),
        Touchpoint(day: 45, message: "journey.mid_cycle"), Touchpoint(day: nil, message: "journey.close_out", survey: true),
    ]

    public init() {}

    /// The ladder's thresholds in days, by step 1…4.
    public var ladder: [Int] { [nudgeDays, secondNudgeDays, alertDays, closeOfferDays] }

    private enum CodingKeys: String, CodingKey {
        case checkInEveryDays, nudgeDays, secondNudgeDays, alertDays, closeOfferDays, journey
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = EngagementPlan()
        checkInEveryDays = try container.decodeIfPresent(Int.self, forKey: .checkInEveryDays) ?? defaults.checkInEveryDays
        nudgeDays = try container.decodeIfPresent(Int.self, forKey: .nudgeDays) ?? defaults.nudgeDays
        secondNudgeDays = try container.decodeIfPresent(Int.self, forKey: .secondNudgeDays) ?? defaults.secondNudgeDays
        alertDays = try container.decodeIfPresent(Int.self, forKey: .alertDays) ?? defaults.alertDays
        closeOfferDays = try container.decodeIfPresent(Int.self, forKey: .closeOfferDays) ?? defaults.closeOfferDays
        journey = try container.decodeIfPresent([Touchpoint].self, forKey: .journey) ?? defaults.journey
        guard checkInEveryDays > 0, ladder.allSatisfy({ $0 > 0 }), ladder == ladder.sorted(), Set(ladder).count == 4 else {
            throw DecodingError.dataCorruptedError(
                forKey: .nudgeDays, in: container,
                debugDescription: "checkInEveryDays must be 1 or more, and nudgeDays < secondNudgeDays < alertDays < closeOfferDays"
            )
        }
    }
}
