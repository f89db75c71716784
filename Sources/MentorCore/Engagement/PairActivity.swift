import Foundation

/// When a pair last met, worked out from what they booked and what they answered: the one activity rule for the
/// ladder, the program manager's alerts and `mentoring`.
///
/// A booked meeting of the two of them whose time has passed counts as met, unless it was cancelled (it is then not
/// among the meetings) or one of them answered "not yet" to a check-in after it ended, with nobody answering "we met"
/// since the question before. A "we met" answer counts as met at the time it was given, whatever the other said: the
/// latest "met" wins.
///
/// ```swift
/// let activity = PairActivity(pairing: pairing, meetings: theirMeetings, checkIns: theirCheckIns, now: clock.now)
/// activity.lastActivity   // the pairing's start when they never met
/// ```
public struct PairActivity: Sendable, Equatable {
    /// When the last meeting that counts began, or the last "we met" answer; nil when they never met.
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
        let metAnswers = checkIns.filter { $0.answer == .met }.compactMap(\.answeredAt).filter { $0 <= now }
        lastMet = (held.map(\.start) + metAnswers).max()
        nextMeeting = theirs.compactMap { $0.nextOccurrence(after: now) }.min()
        lastActivity = max(pairing.startedAt, lastMet ?? pairing.startedAt)
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
