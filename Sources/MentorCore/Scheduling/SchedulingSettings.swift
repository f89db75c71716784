import Foundation

/// Scheduling settings a program manager can change in configuration.
public struct SchedulingSettings: Sendable, Equatable {
    /// Where people reach the daemon's HTTP listener, for invite links: `https://mentord.example.com`.
    public var publicURL: String
    /// How far before or after working hours a meeting may reach when no time suits everyone.
    public var edgeMinutes: Int
    /// The earliest a proposed slot may start, from now.
    public var leadMinutes: Int
    /// How long before each occurrence reminders go out.
    public var reminderLeads: [Int]

    public init(publicURL: String, edgeMinutes: Int = 180, leadMinutes: Int = 60, reminderLeads: [Int] = [24 * 60, 15]) {
        self.publicURL = publicURL
        self.edgeMinutes = edgeMinutes
        self.leadMinutes = leadMinutes
        self.reminderLeads = reminderLeads
    }

    /// The invite URL for a meeting's token.
    public func inviteURL(token: String) -> String {
        (publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL) + "/ics/\(token).ics"
    }
}
