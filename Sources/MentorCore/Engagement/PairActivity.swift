import Foundation

/// When a pair last met, worked out from what they booked and what they answered: the one activity rule for the
/// ladder, the program manager's alerts and `mentoring`.
///
/// A booked meeting of the two of them whose time has passed counts as met, unless it was cancelled (it is then not
/// among the meetings) or one of them answered "not yet" to a check-in after it ended, with nobody answering "we met"
/// since the question before. A "we met" answer counts as met, whatever the other said (the latest "met" wins), at the
/// time they really met: the start of their latest meeting between the question before and the answer, or, when no
/// meeting of theirs is known then, the time the question was asked (see ``metDate(of:pairing:meetings:checkIns:)``).
///
/// ```swift
/// let activity = PairActivity(pairing: pairing, meetings: theirMeetings, checkIns: theirCheckIns, now: clock.now)
/// activity.lastActivity   // the pairing's start when they never met
/// ```
public struct PairActivity: Sendable, Equatable {
    /// When the last meeting that counts began, or the meeting the last "we met" answer stands for; nil when they
    /// never met.
    public var lastMet: Date?
    /// The start of the next booked meeting of the two of them that has not ended yet.
    public var nextMeeting: Date?
    /// The later of the pairing's start and ``lastMet``: what the inactivity ladder counts from.
    public var lastActivity: Date

    /// Whether the two have met at all since they were paired.
    public var everMet: Bool { lastMet != nil }

    public init(pairing: Pairing, meetings: [Meeting], checkIns: [CheckIn], now: Date) {
        let pair: Set<PersonID> = [pairing.mentor, pairing.mentee]
        let theirs = meetings.filter { $0.status == .scheduled && Set($0.attendees) == pair }
        let window = DateInterval(start: pairing.startedAt, end: max(now, pairing.startedAt))
        let held = theirs.flatMap { meeting in
            meeting.occurrences(overlapping: window).filter { $0 >= pairing.startedAt && $0 + Double(meeting.minutes) * 60 <= now }
                .map { (start: $0, end: $0 + Double(meeting.minutes) * 60) }
        }.filter { !Self.reportedMissed($0.end, checkIns: checkIns, now: now) }
        let metAnswers = checkIns.filter { $0.answer == .met && ($0.answeredAt ?? .distantFuture) <= now }.compactMap { checkIn in
            Self.metDate(of: checkIn, pairing: pairing, meetings: theirs, checkIns: checkIns)
        }
        lastMet = (held.map(\.start) + metAnswers).max()
        nextMeeting = theirs.compactMap { $0.nextOccurrence(after: now) }.min()
        lastActivity = max(pairing.startedAt, lastMet ?? pairing.startedAt)
    }

    /// When the pair met, by a "we met" answer: the start of the latest meeting of theirs that began after the
    /// question before this one and by the answer; without one, when the question was asked (or answered, for an
    /// answer given unprompted). Nil when `checkIn` is not answered "met".
    public static func metDate(of checkIn: CheckIn, pairing: Pairing, meetings: [Meeting], checkIns: [CheckIn]) -> Date? {
        guard checkIn.answer == .met, let answered = checkIn.answeredAt else { return nil }
        let prompted = checkIn.period > 0
        let asked = prompted ? checkIn.askedAt : answered
        let before = checkIns.filter { $0.person == checkIn.person && $0.id != checkIn.id && $0.period > 0 && $0.askedAt < asked }.map(\.askedAt)
        let since = max(pairing.startedAt, before.max() ?? .distantPast)
        let pair: Set<PersonID> = [pairing.mentor, pairing.mentee]
        let window = DateInterval(start: since, end: max(answered, since))
        let starts = meetings.filter { $0.status == .scheduled && Set($0.attendees) == pair }.flatMap { meeting in
            meeting.occurrences(overlapping: window).filter { $0 >= since && $0 <= answered }
        }
        return starts.max() ?? min(asked, answered)
    }

    /// Whether someone answered "not yet" after a meeting that ended at `end`, with no "we met" from either person in
    /// the same stretch: from the question before theirs up to their answer.
    static func reportedMissed(_ end: Date, checkIns: [CheckIn], now: Date) -> Bool {
        for notYet in checkIns where notYet.answer == .notYet {
            guard let answeredAt = notYet.answeredAt, answeredAt >= end, answeredAt <= now else { continue }
            let asked = checkIns.filter { $0.person == notYet.person && $0.askedAt < notYet.askedAt }.map(\.askedAt)
            let since = asked.max() ?? .distantPast
            guard end > since else { continue }
            let metSince = checkIns.contains { $0.answer == .met && ($0.answeredAt ?? .distantPast) >= end }
            if !metSince { return true }
        }
        return false
    }
}
