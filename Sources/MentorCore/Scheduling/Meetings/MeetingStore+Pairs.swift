import Foundation

extension MeetingStore {
    /// The scheduled meetings of exactly the two people of `pairing` (not a group they are both in), oldest first.
    public func scheduledMeetings(of pairing: Pairing) throws -> [Meeting] {
        let pair: Set<PersonID> = [pairing.mentor, pairing.mentee]
        return try scheduledMeetings(of: pairing.mentor).filter { $0.status == .scheduled && Set($0.attendees) == pair }
    }
}
