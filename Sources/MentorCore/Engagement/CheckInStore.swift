import Foundation

/// "Did you meet?" check-ins and the inactivity escalation steps taken for each pairing. MentorStore implements it.
public protocol CheckInStore: Sendable {
    /// Saves a new check-in; returns it with its id.
    func insertCheckIn(_ checkIn: CheckIn) throws -> CheckIn
    func checkIn(id: Int64) throws -> CheckIn?
    func answerCheckIn(id: Int64, _ answer: CheckIn.Answer, at date: Date) throws
    /// When either person last said they met, if ever.
    func lastMet(pairing: Int64) throws -> Date?
    /// Every check-in of the pairing, both people's, in the order they were asked.
    func checkIns(pairing: Int64) throws -> [CheckIn]
    /// How many check-ins were answered met, not yet, or not at all (for dashboards).
    func checkInCounts() throws -> CheckInCounts

    /// Escalation steps already taken for the pairing since its last activity.
    func escalationSteps(pairing: Int64) throws -> Set<Int>
    /// When the latest escalation step still on record for the pairing was taken, if any.
    func lastEscalation(pairing: Int64) throws -> Date?
    /// Records a step; recording it again changes nothing.
    func recordEscalation(pairing: Int64, step: Int, at date: Date) throws
    /// Forgets the pairing's steps, after new activity.
    func resetEscalation(pairing: Int64) throws
}

/// Check-ins by answer, for the engagement dashboard. Snoozed ones count in none of these.
public struct CheckInCounts: Sendable, Equatable {
    public var met: Int
    public var notYet: Int
    public var unanswered: Int

    public init(met: Int = 0, notYet: Int = 0, unanswered: Int = 0) {
        self.met = met
        self.notYet = notYet
        self.unanswered = unanswered
    }
}
