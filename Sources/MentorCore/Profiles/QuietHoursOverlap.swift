/// Working hours that run into quiet hours: mentord sends nothing and proposes no meeting in quiet hours, so that
/// part of the working day is lost to mentoring. Setting either one warns, with quiet hours that would fit.
public struct QuietHoursOverlap: Sendable, Equatable {
    public let working: DailyWindow
    public let quiet: DailyWindow

    /// The overlap in `profile`, if its quiet hours cover any minute of its working hours.
    public init?(_ profile: Profile) {
        guard let quiet = profile.quietHours else { return nil }
        let working = profile.workingHours.window
        guard (0..<1440).contains(where: { working.contains(minute: $0) && quiet.contains(minute: $0) }) else { return nil }
        self.working = working
        self.quiet = quiet
    }

    /// Quiet hours that leave an hour either side of the working day: from an hour after it ends to an hour before it starts.
    public var suggestedQuiet: DailyWindow? {
        DailyWindow(start: (working.end + 60) % 1440, end: (working.start + 1440 - 60) % 1440)
    }

    /// The warning, with the commands that fix it, in the reader's words.
    public func warning(_ text: Messages, typed: (String) -> String) -> String {
        text("profile.quiet_overlap", [
            "hours": working.description, "quiet": quiet.description,
            "fix": typed("profile set quiet \(suggestedQuiet?.description ?? "none")"), "none": typed("profile set quiet none"),
        ])
    }
}
