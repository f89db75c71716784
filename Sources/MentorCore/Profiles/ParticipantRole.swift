/// How someone takes part in mentoring.
public enum ParticipantRole: String, Sendable, CaseIterable, Comparable {
    case mentee, mentor, peer

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How someone likes to meet.
public enum CommunicationStyle: String, Sendable, CaseIterable, Comparable {
    case async, video
    case inPerson = "in-person"

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Which mentoring formats someone is open to.
public enum MentoringFormat: String, Sendable, CaseIterable, Comparable {
    /// One-off conversations of 15–30 minutes.
    case micro
    /// A relationship over weeks or months.
    case ongoing
    /// A peer circle.
    case circle

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where someone wants the messages mentord starts itself: their chat account, or their work email.
public enum ContactChannel: String, Sendable, CaseIterable, Comparable {
    case chat, email

    public static func < (left: ContactChannel, right: ContactChannel) -> Bool { left.rawValue < right.rawValue }
}
