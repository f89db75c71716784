import Foundation
import Synchronization

/// Scheduling settings a program manager can change in configuration.
public struct SchedulingSettings: Sendable, Equatable {
    /// Where people reach the daemon's HTTP listener, for invite links: `https://mentord.example.com`; empty means the
    /// address the listener actually bound (``listener``).
    public var publicURL: String
    /// How far before or after working hours a meeting may reach when no time suits everyone.
    public var edgeMinutes: Int
    /// The earliest a proposed slot may start, from now.
    public var leadMinutes: Int
    /// How long before each occurrence reminders go out.
    public var reminderLeads: [Int]
    /// Site and country holidays: no proposal or booking lands on one.
    public var holidays: HolidayCalendar
    /// The address the running daemon's listener bound, when ``publicURL`` is empty.
    public var listener: ListenerAddress

    public init(
        publicURL: String, edgeMinutes: Int = 180, leadMinutes: Int = 60, reminderLeads: [Int] = [24 * 60, 15], holidays: HolidayCalendar = .none,
        listener: ListenerAddress = ListenerAddress()
    ) {
        self.publicURL = publicURL
        self.edgeMinutes = edgeMinutes
        self.leadMinutes = leadMinutes
        self.reminderLeads = reminderLeads
        self.holidays = holidays
        self.listener = listener
    }

    /// The invite URL for a meeting's token; nil when no public address is configured and no daemon is listening.
    public func inviteURL(token: String) -> String? {
        address(of: "/ics/\(token).ics")
    }

    /// `path` on the daemon's public address (or, without one, its listener); nil when neither is known.
    public func address(of path: String) -> String? {
        let base = publicURL.isEmpty ? listener.url : publicURL
        guard let base, !base.isEmpty else { return nil }
        return (base.hasSuffix("/") ? String(base.dropLast()) : base) + path
    }
}

/// Where the daemon's HTTP listener really is (`http://127.0.0.1:44917`), learnt after it binds — port 0 included.
///
/// The daemon publishes it; another process (the console) looks it up through `lookup`, which the app points at the
/// address file the daemon writes in the data directory.
public final class ListenerAddress: Sendable, Equatable {
    private let published = Mutex<String?>(nil)
    private let lookup: @Sendable () -> String?

    public init(lookup: @escaping @Sendable () -> String? = { nil }) {
        self.lookup = lookup
    }

    /// Records the address this process listens on.
    public func publish(_ url: String) {
        published.withLock { $0 = url }
    }

    /// The published address, else whatever `lookup` finds.
    public var url: String? {
        published.withLock { $0 } ?? lookup()
    }

    public static func == (lhs: ListenerAddress, rhs: ListenerAddress) -> Bool { lhs === rhs }
}
