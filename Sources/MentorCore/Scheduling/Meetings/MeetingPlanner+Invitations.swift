import Foundation

extension MeetingPlanner {
    /// Records the caller's answer to a meeting they were invited to and tells the organiser. Someone who declines
    /// gets no reminders, and the time is free again in their proposals.
    public func respond(_ response: Meeting.Response, to id: Int64, by caller: Person) throws -> Meeting {
        var meeting = try meeting(id, of: caller)
        guard meeting.status == .scheduled else { throw UserError("meeting.already_cancelled", ["id": "\(id)"]) }
        guard meeting.host != caller.id else { throw UserError("rsvp.organiser", ["id": "\(id)", "cancel": "cancel \(id)"]) }
        guard meeting.response(of: caller.id) != response else { return meeting }
        meeting.responses[caller.id] = response
        try services.transaction {
            try services.meetings.updateMeeting(meeting)
            try scheduleReminders(meeting)
            try services.messenger.send(try letters.answer(meeting, from: caller, response: response), to: meeting.host)
        }
        return meeting
    }
}
