import Foundation

/// Peer circles, forums and chapters: their members, who hosted which session, and the insights shared. MentorStore
/// implements it.
public protocol CircleStore: Sendable {
    /// Saves a new circle; returns it with its id.
    func insertCircle(_ circle: Circle) throws -> Circle
    func circle(id: Int64) throws -> Circle?
    func circle(named name: String) throws -> Circle?
    /// Every circle, by name.
    func circles() throws -> [Circle]
    /// Returns false when already a member.
    func join(_ person: PersonID, circle: Int64, at date: Date) throws -> Bool
    /// Returns false when not a member.
    func leave(_ person: PersonID, circle: Int64) throws -> Bool
    /// Members in the order they joined, with how many sessions each has hosted.
    func members(circle: Int64) throws -> [CircleMember]
    /// Records who hosts the circle's session `meeting`, replacing an earlier host of the same session.
    func recordHost(_ person: PersonID, circle: Int64, meeting: Int64, at date: Date) throws
    func addInsight(_ text: String, circle: Int64, by person: PersonID, at date: Date) throws
    /// The circle's latest insights, newest first.
    func insights(circle: Int64, limit: Int) throws -> [CircleInsight]
    /// Every session booked for the circle, with its host, oldest first.
    func sessions(circle: Int64) throws -> [CircleSession]
    /// The sites or functions active people have in the directory (HR data, not profiles), sorted, each once.
    func directoryValues(of dimension: MatchGroup.Dimension) throws -> [String]
}
